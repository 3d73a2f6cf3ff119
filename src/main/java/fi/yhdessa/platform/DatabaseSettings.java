package fi.yhdessa.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform's data lives and which database it uses.
 *
 * @param dataDir the data directory (YHDESSA_DATA_DIR); the embedded database keeps its files here
 * @param db the external database, when one is configured, and the embedded database's port
 */
@ConfigurationProperties("yhdessa")
public record DatabaseSettings(@DefaultValue("./data") Path dataDir, @DefaultValue Db db) {

	/**
	 * @param url JDBC URL of an external PostgreSQL (YHDESSA_DB_URL); blank for the embedded one
	 * @param port TCP port of the embedded database (YHDESSA_DB_PORT); 0 picks a free one
	 * @param sharedPerJvm whether one embedded server serves every application context of the JVM (tests)
	 * @param fresh whether the embedded data directory is emptied before the first start (tests)
	 * @param name the database in the embedded server
	 * @param owner the external database's owner (YHDESSA_DB_OWNER), who runs the migrations; blank: the platform's own user runs them
	 * @param ownerPassword the owner's password (YHDESSA_DB_OWNER_PASSWORD)
	 */
	public record Db(String url, @DefaultValue("15432") int port, boolean sharedPerJvm, boolean fresh, @DefaultValue("yhdessa") String name,
			String owner, String ownerPassword) {

		public boolean external() {
			return url != null && !url.isBlank();
		}
	}
}
