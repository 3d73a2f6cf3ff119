package fi.yhdessa.consent;

import fi.yhdessa.platform.BackupCheck;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A restored backup holds a whole access log: its chain verifies from the first entry to the last. */
@Component
class AccessLogBackupCheck implements BackupCheck {

	@Override
	public String name() {
		return "access log chain";
	}

	@Override
	public Optional<String> problemIn(JdbcClient restored) {
		AccessLog.Verification verification = AccessLog.verify(restored);
		return verification.intact() ? Optional.empty()
				: Optional.of("the access log's chain breaks at entry " + verification.brokenAt() + ": " + verification.reason());
	}
}
