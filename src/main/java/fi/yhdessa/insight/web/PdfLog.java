package fi.yhdessa.insight.web;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** openhtmltopdf's messages in the platform's log: its warnings and errors as such, its running commentary at debug. */
final class PdfLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, error);
		}
		else {
			log.debug("{}: {}", where, message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the platform's logging configuration decides
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
	}
}
