package fi.yhdessa.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.ServiceDraft;
import fi.yhdessa.directory.ServiceKind;
import fi.yhdessa.platform.LocalizedText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nodes that share one database: each follows the change log, starts from its copy on disk, and
 * builds its index anew from a copy that is not of this database.
 */
@SpringBootTest
class NodeIndexIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path otherNode;

	@Test
	void aServiceSavedOnOneNodeIsFoundOnAnotherAndByANodeStartingFromItsCopy() {
		NodeIndex other = node();
		other.start();
		UUID first = register("Sirkuskoulu Tähdenlento");
		assertThat(foundWithin(other, "tähdenlento", first)).as("found on the other node").isTrue();
		other.stop();

		UUID second = register("Sirkuskoulu Revontuli");
		NodeIndex restarted = node();
		restarted.start();
		try {
			assertThat(restarted.startedFromCopy()).isTrue();
			assertThat(restarted.search(SearchQuery.of("tähdenlento", 5)).ids()).contains(first);
			assertThat(restarted.search(SearchQuery.of("revontuli", 5)).ids()).as("saved while the node was down").contains(second);
		}
		finally {
			restarted.stop();
		}
	}

	@Test
	void anIndexOpenedWhileThePlatformStartsFindsWhatWasSavedBeforeItsStartAndIsClosedWhenTheStartFails() {
		NodeIndex opening = node();
		opening.afterPropertiesSet();
		UUID saved = register("Sirkuskoulu Kuutamo");
		opening.start();
		try {
			assertThat(opening.search(SearchQuery.of("kuutamo", 5)).ids()).as("saved while the index opened").contains(saved);
		}
		finally {
			opening.stop();
		}

		NodeIndex failedStart = node();
		failedStart.afterPropertiesSet();
		failedStart.destroy();
		NodeIndex next = node();
		next.start();
		try {
			assertThat(next.startedFromCopy()).as("the failed start's copy closed, so the next opens it").isTrue();
		}
		finally {
			next.stop();
		}
	}

	@Test
	void aCopyMadeFromAnotherDatabaseIsNotUsed() throws Exception {
		ChangeLog changes = new ChangeLog(jdbc);
		try (FSDirectory copy = FSDirectory.open(otherNode)) {
			try (ServiceIndex index = new ServiceIndex(copy, true, CompoundParts.general(), List.of(), List.of())) {
				index.commit(new IndexCopy.UpTo(changes.horizon(), new ChangeLog.Mark(Long.MAX_VALUE - 1, 1), Instant.now()).asCommitData());
			}
			IndexCopy.keepParts(otherNode, CompoundParts.general());
			assertThat(IndexCopy.usable(copy, otherNode, changes, Instant.now())).isEmpty();
		}
	}

	private NodeIndex node() {
		return new NodeIndex(jdbc, otherNode, Duration.ofMillis(50), Clock.systemUTC());
	}

	private UUID register(String name) {
		UUID organisation = jdbc.sql("select organisation_id from directory.service limit 1").query(UUID.class).single();
		UUID id = UUID.randomUUID();
		directory.registerAll(List.of(new ServiceDraft(id, organisation, ServiceKind.ACTIVITY, LocalizedText.of(name, null, null),
				LocalizedText.of("Sirkustaitoja koko perheelle.", null, null), true, null, null, true, null, true, List.of("fi"), List.of(), List.of(),
				Map.of(), Set.of("801"))));
		return id;
	}

	/** Whether the node finds the service within five seconds: it follows the log every 50 ms. */
	private static boolean foundWithin(NodeIndex node, String words, UUID id) {
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < until) {
			if (node.search(SearchQuery.of(words, 5)).ids().contains(id)) {
				return true;
			}
			sleep();
		}
		return false;
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
