package fi.yhdessa.insight.costs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that moves with every change of the unit costs or the classification, on whichever node
 * makes it: known at once on that node when the change commits, and on the others at their next
 * look, as often as they take in new figures. Reading it costs no query.
 */
@Component
public class SettingsVersion {

	private final JdbcClient jdbc;
	private volatile long known = -1;

	SettingsVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		if (known < 0) {
			look();
		}
		return known;
	}

	@Scheduled(fixedDelayString = "${yhdessa.insight.refresh:PT1S}", initialDelayString = "PT2S")
	void look() {
		known = jdbc.sql("select value from insight.settings_version where id = 1").query(Long.class).single();
	}

	/** In the transaction of the change. */
	@Transactional(propagation = Propagation.MANDATORY)
	void moved() {
		jdbc.sql("update insight.settings_version set value = value + 1 where id = 1").update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				look();
			}
		});
	}
}
