package fi.yhdessa.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's own check of a restored backup, run on the scratch copy each backup is restored to
 * before it counts as good (the consent module verifies the access log's chain there).
 */
public interface BackupCheck {

	/** What this check calls itself in the backup's report. */
	String name();

	/** The problem found in the restored copy, or empty when it is sound. */
	Optional<String> problemIn(JdbcClient restored);
}
