package fi.yhdessa.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's own check of a restored backup, run on the scratch copy each backup is restored to
 * before it counts as good (the consent module verifies the access log's chain there).
 */
public interface BackupCheck {

	/** The problem found in the restored copy, with a message key of the module's own, or empty when it is sound. */
	Optional<BackupProblem> problemIn(JdbcClient restored);
}
