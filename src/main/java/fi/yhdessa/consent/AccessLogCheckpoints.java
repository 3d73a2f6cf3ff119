package fi.yhdessa.consent;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.yhdessa.platform.KeptKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The access log's chain head, checkpointed outside the database: at an interval the newest
 * entry's sequence and hash are signed (HMAC-SHA-256, the key {@code YHDESSA_ACCESS_LOG_KEY} or one
 * kept in the data directory) and written to the security log and to a file of the data directory
 * that backups carry. A chain shows an entry changed or removed from its middle; only a checkpoint
 * shows entries cut from its end. Each line names its database, so databases sharing a data
 * directory (tests) keep apart.
 */
@Component
public class AccessLogCheckpoints {

	private static final Logger security = LoggerFactory.getLogger("fi.yhdessa.security");
	private static final String ALGORITHM = "HmacSHA256";

	/** A signed chain head: the database, the newest entry's sequence and hash, and when it was taken. */
	public record Checkpoint(String database, long sequence, String hash, Instant at, String signature) {

		String line() {
			return String.join("\t", database, Long.toString(sequence), hash, at.toString(), signature);
		}

		static Checkpoint parse(String line) {
			String[] parts = line.split("\t");
			if (parts.length != 5) {
				throw new IllegalArgumentException("not a checkpoint");
			}
			return new Checkpoint(parts[0], Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]), parts[4]);
		}
	}

	/** The chain's verification with the last checkpoint: intact only when both are. */
	public record Standing(AccessLog.Verification chain, Checkpoint lastCheckpoint, int checkpoints, Problem problem) {

		@JsonProperty
		public boolean intact() {
			return chain.intact() && problem == null;
		}

		/** In English, for the API and the logs; the auditor's page says it in the reader's language. */
		@JsonProperty
		public String checkpointProblem() {
			return problem == null ? null : problem.english();
		}
	}

	/**
	 * What is wrong with the checkpoints: a line that cannot be read or is not signed with the key,
	 * entries cut from the end (the log ends before the entry a checkpoint names), or the named entry changed.
	 *
	 * @param line the checkpoint file's line, for the first two
	 * @param entry the entry the last checkpoint names, for the last two
	 * @param end the log's newest entry, when entries were cut
	 * @param at when the last checkpoint was taken, for the last two
	 */
	public record Problem(Kind kind, int line, long entry, long end, Instant at) {

		public enum Kind {
			UNREADABLE, NOT_SIGNED, CUT, CHANGED
		}

		String english() {
			return switch (kind) {
				case UNREADABLE -> "checkpoint line " + line + " cannot be read";
				case NOT_SIGNED -> "checkpoint line " + line + " does not carry a valid signature";
				case CUT -> "entries were cut from the end: the log ends at entry " + end + ", the checkpoint of " + at + " names entry " + entry;
				case CHANGED -> "entry " + entry + " differs from its checkpoint of " + at;
			};
		}
	}

	private final JdbcClient jdbc;
	private final AccessLog accessLog;
	private final Clock clock;
	private final Path file;
	private final SecretKeySpec key;

	AccessLogCheckpoints(JdbcClient jdbc, AccessLog accessLog, Clock clock, @Value("${yhdessa.access-log.checkpoint-key:}") String configured,
			@Value("${yhdessa.data-dir}") Path dataDir) {
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.clock = clock;
		this.file = dataDir.resolve("access-log-checkpoints.tsv");
		this.key = new SecretKeySpec(KeptKeys.of(configured, dataDir.resolve("access-log-checkpoint.key"), "YHDESSA_ACCESS_LOG_KEY"), ALGORITHM);
	}

	/** On every node, not once across them: each node keeps its own checkpoint file in its data directory. */
	@Scheduled(initialDelayString = "${yhdessa.access-log.checkpoint-interval:PT15M}", fixedDelayString = "${yhdessa.access-log.checkpoint-interval:PT15M}")
	void atInterval() {
		checkpoint();
	}

	/** Signs and writes the chain head, unless the last checkpoint of this database already names it; none for an empty log. */
	public synchronized Optional<Checkpoint> checkpoint() {
		String database = database();
		Optional<Head> head = jdbc.sql("select sequence, hash from consent.access_log order by sequence desc limit 1")
			.query((rs, n) -> new Head(rs.getLong("sequence"), rs.getString("hash")))
			.optional();
		if (head.isEmpty() || last(database).filter(last -> last.sequence() == head.get().sequence() && last.hash().equals(head.get().hash())).isPresent()) {
			return Optional.empty();
		}
		Instant at = Instant.now(clock);
		Checkpoint checkpoint = new Checkpoint(database, head.get().sequence(), head.get().hash(), at, sign(database, head.get().sequence(), head.get().hash(), at));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, checkpoint.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.SYNC);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The access log's checkpoint cannot be written to " + file, e);
		}
		security.info("Access log checkpoint: database {}, entry {}, hash {}, at {}, signature {}", database, checkpoint.sequence(), checkpoint.hash(), at,
				checkpoint.signature());
		return Optional.of(checkpoint);
	}

	/** The chain recomputed, and held to the newest checkpoint with a valid signature: entries cut from the end are found. */
	public Standing verify() {
		AccessLog.Verification chain = accessLog.verify();
		List<String> lines = lines();
		String database = database();
		Checkpoint last = null;
		int count = 0;
		for (int n = 0; n < lines.size(); n++) {
			Checkpoint checkpoint;
			try {
				checkpoint = Checkpoint.parse(lines.get(n));
			}
			catch (RuntimeException malformed) {
				return new Standing(chain, last, count, new Problem(Problem.Kind.UNREADABLE, n + 1, 0, 0, null));
			}
			if (!checkpoint.database().equals(database)) {
				continue;
			}
			if (!MessageDigest.isEqual(checkpoint.signature().getBytes(StandardCharsets.US_ASCII),
					sign(database, checkpoint.sequence(), checkpoint.hash(), checkpoint.at()).getBytes(StandardCharsets.US_ASCII))) {
				return new Standing(chain, last, count, new Problem(Problem.Kind.NOT_SIGNED, n + 1, 0, 0, null));
			}
			last = checkpoint;
			count++;
		}
		if (last == null) {
			return new Standing(chain, null, 0, null);
		}
		long sequence = last.sequence();
		Optional<String> hash = jdbc.sql("select hash from consent.access_log where sequence = ?").param(sequence).query(String.class).optional();
		if (hash.isEmpty()) {
			long end = jdbc.sql("select coalesce(max(sequence), 0) from consent.access_log").query(Long.class).single();
			return new Standing(chain, last, count, new Problem(Problem.Kind.CUT, 0, sequence, end, last.at()));
		}
		if (!hash.get().equals(last.hash())) {
			return new Standing(chain, last, count, new Problem(Problem.Kind.CHANGED, 0, sequence, 0, last.at()));
		}
		return new Standing(chain, last, count, null);
	}

	/** The newest readable checkpoint of the database; {@link #verify()} reports the unreadable and the forged. */
	private Optional<Checkpoint> last(String database) {
		Checkpoint last = null;
		for (String line : lines()) {
			try {
				Checkpoint checkpoint = Checkpoint.parse(line);
				last = checkpoint.database().equals(database) ? checkpoint : last;
			}
			catch (RuntimeException malformed) {
				// verify() reports it
			}
		}
		return Optional.ofNullable(last);
	}

	private List<String> lines() {
		try {
			return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList() : List.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The access log's checkpoints cannot be read from " + file, e);
		}
	}

	private String database() {
		return jdbc.sql("select current_database()").query(String.class).single();
	}

	private String sign(String database, long sequence, String hash, Instant at) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(String.join("|", database, Long.toString(sequence), hash, at.toString()).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}

	private record Head(long sequence, String hash) {
	}
}
