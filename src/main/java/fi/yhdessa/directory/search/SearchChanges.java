package fi.yhdessa.directory.search;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The directory's change events for the search: each change that can alter search results is written
 * to the search's change log in the change's own transaction, on whichever node made it. Every node's
 * index follows the log; the node that made the change catches up as soon as it commits, so its own
 * next page shows it.
 */
@Component
public class SearchChanges {

	private final JdbcClient jdbc;
	private final NodeIndex index;

	SearchChanges(JdbcClient jdbc, NodeIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** These services were created, edited, published, archived or moved, or their places or topics changed. */
	public void servicesChanged(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("insert into directory.search_change (service_id) select unnest(:ids::uuid[])").param("ids", ids.toArray(UUID[]::new)).update();
		caughtUpAfterCommit();
	}

	/** The words searches are understood by changed: a synonym or a need. */
	public void wordsChanged() {
		jdbc.sql("insert into directory.search_change (service_id) values (null)").update();
		caughtUpAfterCommit();
	}

	private void caughtUpAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					index.catchUp();
				}
			});
		}
	}
}
