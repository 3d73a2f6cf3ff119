package fi.yhdessa.insight.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each night, imports the followed indicators for the last twenty years from Sotkanet's API: the
 * API is for batch retrieval, so pages never call it. Re-running changes only what changed; when
 * Sotkanet cannot be reached the last good data stays and the import is recorded as unreachable.
 */
@Component
class NightlyImport {

	private static final Logger log = LoggerFactory.getLogger(NightlyImport.class);
	static final int YEARS = 20;

	private final IndicatorWatch watch;
	private final IndicatorImports imports;
	private final Clock clock;

	NightlyImport(IndicatorWatch watch, IndicatorImports imports, Clock clock) {
		this.watch = watch;
		this.imports = imports;
		this.clock = clock;
	}

	void run() {
		List<Integer> ids = watch.ids();
		if (ids.isEmpty()) {
			return;
		}
		IndicatorImports.Report report = imports.fromSotkanet(ids, years(LocalDate.now(clock).getYear()));
		log.info("Nightly import of {} indicators from Sotkanet: {} (added {}, changed {}, unchanged {})", ids.size(), report.outcome(), report.added(),
				report.changed(), report.unchanged());
	}

	/** The twenty years up to this one. */
	static List<Integer> years(int thisYear) {
		return IntStream.rangeClosed(thisYear - YEARS + 1, thisYear).boxed().toList();
	}
}
