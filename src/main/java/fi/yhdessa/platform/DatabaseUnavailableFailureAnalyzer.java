package fi.yhdessa.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database that cannot be started into the one sentence the operator needs, not a stack trace. */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailable> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailable cause) {
		return new FailureAnalysis(cause.getMessage(), "Then start Yhdessä again.", cause);
	}
}
