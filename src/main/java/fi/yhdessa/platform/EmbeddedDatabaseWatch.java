package fi.yhdessa.platform;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the platform's own embedded PostgreSQL again when it stops under the running platform (a
 * crash, an immediate stop); meanwhile pages and the API answer that the service is briefly
 * unavailable (503), and the pool reconnects once the server answers.
 */
class EmbeddedDatabaseWatch {

	private final EmbeddedDatabase database;

	EmbeddedDatabaseWatch(EmbeddedDatabase database) {
		this.database = database;
	}

	@Scheduled(fixedDelayString = "${yhdessa.db.watch-interval:PT2S}", initialDelayString = "${yhdessa.db.watch-interval:PT2S}")
	void keepRunning() {
		database.restartIfStopped();
	}
}
