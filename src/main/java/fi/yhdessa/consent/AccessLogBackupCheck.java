package fi.yhdessa.consent;

import fi.yhdessa.platform.BackupCheck;
import fi.yhdessa.platform.BackupProblem;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A restored backup holds a whole access log: its chain verifies from the first entry to the last. */
@Component
class AccessLogBackupCheck implements BackupCheck {

	@Override
	public Optional<BackupProblem> problemIn(JdbcClient restored) {
		AccessLog.Verification verification = AccessLog.verify(restored);
		return verification.intact() ? Optional.empty()
				: Optional.of(BackupProblem.of("accessLog.backupProblem." + verification.broken(), verification.brokenAt()));
	}
}
