package fi.yhdessa.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many reads at once, each writing its entries as it commits: the database appends them to one
 * chain (V040) that the platform's own check, which hashes in Java, finds unbroken. In a database
 * of its own, so that no other test's entries are in the chain.
 */
@SpringBootTest(properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_access_log_chain" })
class AccessLogChainIntegrationTests {

	static final int READERS = 8;
	static final int READS_EACH = 30;

	@Autowired
	AccessLog log;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentReadsAppendEveryEntryToOneUnbrokenChainThatTheJavaCheckVerifies() throws Exception {
		long before = jdbc.sql("select count(*) from consent.access_log").query(Long.class).single();
		List<Callable<Integer>> readers = new ArrayList<>();
		for (int reader = 0; reader < READERS; reader++) {
			int id = reader;
			readers.add(() -> {
				int written = 0;
				for (int read = 0; read < READS_EACH; read++) {
					int entries = 1 + (id + read) % 3;
					transaction.executeWithoutResult(status -> {
						for (int entry = 0; entry < entries; entry++) {
							log.record(entry(id, entry));
						}
					});
					written += entries;
				}
				return written;
			});
		}
		int written = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(READERS)) {
			for (Future<Integer> reader : pool.invokeAll(readers)) {
				written += reader.get();
			}
		}

		assertThat(log.verify()).isEqualTo(new AccessLog.Verification(before + written, null, null));
		assertThat(jdbc.sql("select count(distinct sequence), min(sequence), max(sequence) from consent.access_log")
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single()).as("one entry per sequence number, none missing").containsExactly(before + written, 1L, before + written);
	}

	/** Entries of every shape the hash covers: with and without an organisation, several subjects, letters beyond ASCII. */
	private static AccessEntry entry(int reader, int entry) {
		UUID organisation = reader % 2 == 0 ? null : UUID.nameUUIDFromBytes(("organisation " + reader).getBytes());
		List<UUID> subjects = entry == 0 ? List.of() : List.of(UUID.nameUUIDFromBytes(("child " + reader).getBytes()),
				UUID.nameUUIDFromBytes(("guardian " + entry).getBytes()));
		return new AccessEntry("työntekijä-" + reader, "RESPONSIBLE_WORKER", organisation, AccessEntry.Action.READ, "case", "case-" + reader + "-" + entry,
				subjects, "Sosiaalihuoltolaki §42: vastuutyöntekijä – Åsa");
	}
}
