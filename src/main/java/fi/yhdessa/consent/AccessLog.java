package fi.yhdessa.consent;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The access log of client data. An entry is written in the transaction of the read or change it
 * records — there must be one — as that transaction commits, so if the log cannot be written, the
 * read fails too. Entries form a hash chain in the order of their sequence numbers;
 * {@link #verify()} finds an entry that was changed or removed.
 */
@Service
public class AccessLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;
	private final Clock clock;

	AccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The result of checking the chain: how many entries were checked, and the first broken one and how, if any. */
	public record Verification(long checked, Long brokenAt, Break broken) {

		/** How an entry breaks the chain. */
		public enum Break {
			MISSING, CHANGED
		}

		public boolean intact() {
			return brokenAt == null;
		}

		/** In English, for the API and the logs; the auditor's page says it in the reader's language. */
		@JsonProperty
		public String reason() {
			return broken == null ? null : "entry " + brokenAt + (broken == Break.MISSING ? " is missing" : " was changed");
		}
	}

	/**
	 * Records an entry in the current transaction. It is written when the transaction commits, as
	 * its last statements: the lock that orders the chain is then held only while writing, not
	 * through the whole read. If the writing fails, the commit fails and the read with it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AccessEntry entry) {
		pending().add(new Pending(entry, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
	}

	private record Pending(AccessEntry entry, Instant at) {
	}

	/**
	 * The entries of the current transaction, kept by a synchronization of that transaction: a
	 * transaction started inside it ({@code REQUIRES_NEW}) gets synchronizations, and so entries, of
	 * its own.
	 */
	private List<Pending> pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingEntries pending) {
				return pending.entries;
			}
		}
		PendingEntries pending = new PendingEntries();
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending.entries;
	}

	/** Writes the transaction's entries as its last statements before it commits. */
	private final class PendingEntries implements TransactionSynchronization {

		private final List<Pending> entries = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			write(entries);
		}
	}

	/**
	 * Each entry in one call of {@code consent.append_access_log} (V040), which takes the chain's lock, reads
	 * the last entry and inserts this one after it with its hash: the lock, held until the commit, waits for
	 * one round trip instead of three. The fields between the sequence and the previous hash are joined here,
	 * as {@link Row#hash()} joins them to verify.
	 */
	private void write(List<Pending> entries) {
		for (Pending pending : entries) {
			AccessEntry entry = pending.entry();
			jdbc.sql("""
					select consent.append_access_log(:at, :actor, :role, :organisation, :action, :kind, :record, :subjects, :basis, :fields)
					""")
				.param("at", Timestamp.from(pending.at()))
				.param("actor", entry.actor())
				.param("role", entry.actorRole())
				.param("organisation", entry.actorOrganisation())
				.param("action", entry.action().name())
				.param("kind", entry.recordKind())
				.param("record", entry.recordId())
				.param("subjects", entry.subjects().toArray(UUID[]::new))
				.param("basis", entry.basis())
				.param("fields", Row.fields(pending.at(), entry))
				.query(Long.class)
				.single();
		}
		entries.clear();
	}

	/** Recomputes the chain from the first entry: a changed entry has another hash, a removed one leaves a gap. */
	@Transactional(readOnly = true)
	public Verification verify() {
		return verify(jdbc);
	}

	/** The same check on another copy of the database, a restored backup. */
	static Verification verify(JdbcClient jdbc) {
		long[] expected = { 1 };
		String[] previous = { GENESIS };
		Verification[] broken = { null };
		jdbc.sql("select * from consent.access_log order by sequence").query((ResultSet rs) -> {
			if (broken[0] != null) {
				return;
			}
			Row row = row(rs);
			long sequence = row.sequence();
			if (sequence != expected[0]) {
				broken[0] = new Verification(expected[0] - 1, expected[0], Verification.Break.MISSING);
			}
			else if (!row.previousHash().equals(previous[0]) || !row.hash().equals(rs.getString("hash"))) {
				broken[0] = new Verification(expected[0] - 1, sequence, Verification.Break.CHANGED);
			}
			expected[0] = sequence + 1;
			previous[0] = rs.getString("hash");
		});
		return broken[0] != null ? broken[0] : new Verification(expected[0] - 1, null, null);
	}

	/** An entry as stored, with its place in the chain and its time. */
	public record Logged(long sequence, Instant at, AccessEntry entry) {
	}

	/**
	 * What to look for in the log; every part is optional.
	 *
	 * @param recordKindPrefix the start of the record kind, such as {@code casework.}
	 */
	public record Search(String actor, UUID actorOrganisation, String recordKindPrefix, String recordId, List<UUID> subjects, AccessEntry.Action action,
			Instant from, Instant until, List<String> excludedRecords, String excludedActorRole, String actorRole, String basisContains) {

		/**
		 * @param subjects entries about any of these people; none for entries about anyone
		 * @param excludedRecords entries about none of these records
		 */
		public Search {
			subjects = subjects == null ? List.of() : List.copyOf(subjects);
			excludedRecords = excludedRecords == null ? List.of() : List.copyOf(excludedRecords);
		}

		public static Search ofRecord(String recordKindPrefix, String recordId) {
			return new Search(null, null, recordKindPrefix, recordId, List.of(), null, null, null, List.of(), null, null, null);
		}

		/** Entries about any of the people, as the family's own report asks, but none about the excluded records. */
		public static Search ofSubjects(List<UUID> subjects, List<String> excludedRecords, UUID actorOrganisation, AccessEntry.Action action, Instant from,
				Instant until) {
			return new Search(null, actorOrganisation, null, null, subjects, action, from, until, excludedRecords, null, null, null);
		}

		/** The same search without the entries of people in this role, such as the family's own views of its data. */
		public Search withoutActorRole(String role) {
			return new Search(actor, actorOrganisation, recordKindPrefix, recordId, subjects, action, from, until, excludedRecords, role, actorRole, basisContains);
		}
	}

	/** The entries that match, the newest first. Reading the log is itself to be logged by the caller. */
	@Transactional(readOnly = true)
	public PageOf<Logged> search(Search search, PageRequest page) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		String where = where(search, params);
		long total = jdbc.sql("select count(*) from consent.access_log where " + where).params(params).query(Long.class).single();
		return new PageOf<>(matching(where, params, page.size(), page.offset()), page, total);
	}

	/** Up to {@code limit} entries that match, the newest first, in one read: for an export. */
	@Transactional(readOnly = true)
	public List<Logged> all(Search search, int limit) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		return matching(where(search, params), params, limit, 0);
	}

	private List<Logged> matching(String where, java.util.Map<String, Object> params, int limit, long offset) {
		return jdbc.sql("select * from consent.access_log where " + where + " order by sequence desc limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				Row row = row(rs);
				return new Logged(row.sequence(), row.at(), row.entry());
			})
			.list();
	}

	private static String where(Search search, java.util.Map<String, Object> params) {
		StringBuilder where = new StringBuilder("true");
		if (search.actor() != null && !search.actor().isBlank()) {
			where.append(" and actor = :actor");
			params.put("actor", search.actor().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (search.recordKindPrefix() != null && !search.recordKindPrefix().isBlank()) {
			where.append(" and record_kind like :kind");
			params.put("kind", search.recordKindPrefix().replace("%", "").replace("_", "\\_") + "%");
		}
		if (search.recordId() != null && !search.recordId().isBlank()) {
			where.append(" and record_id = :record");
			params.put("record", search.recordId().strip());
		}
		if (search.actorOrganisation() != null) {
			where.append(" and actor_organisation = :organisation");
			params.put("organisation", search.actorOrganisation());
		}
		if (!search.subjects().isEmpty()) {
			where.append(" and subject_ids && cast(:subjects as uuid[])");
			params.put("subjects", search.subjects().toArray(UUID[]::new));
		}
		if (!search.excludedRecords().isEmpty()) {
			where.append(" and record_id <> all(cast(:excluded as text[]))");
			params.put("excluded", search.excludedRecords().toArray(String[]::new));
		}
		if (search.excludedActorRole() != null) {
			where.append(" and actor_role <> :excludedRole");
			params.put("excludedRole", search.excludedActorRole());
		}
		if (search.actorRole() != null && !search.actorRole().isBlank()) {
			where.append(" and actor_role = :actorRole");
			params.put("actorRole", search.actorRole());
		}
		if (search.basisContains() != null && !search.basisContains().isBlank()) {
			where.append(" and strpos(lower(basis), :basis) > 0");
			params.put("basis", search.basisContains().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (search.action() != null) {
			where.append(" and action = :action");
			params.put("action", search.action().name());
		}
		if (search.from() != null) {
			where.append(" and logged_at >= :from");
			params.put("from", Timestamp.from(search.from()));
		}
		if (search.until() != null) {
			where.append(" and logged_at < :until");
			params.put("until", Timestamp.from(search.until()));
		}
		return where.toString();
	}

	/** The organisations whose people have entries about any of these people, for filtering a report. */
	@Transactional(readOnly = true)
	public List<UUID> actorOrganisations(List<UUID> subjects, List<String> excludedRecords) {
		return jdbc.sql("""
				select distinct actor_organisation from consent.access_log
				where subject_ids && cast(:subjects as uuid[]) and actor_organisation is not null and record_id <> all(cast(:excluded as text[]))
				""")
			.param("subjects", subjects.toArray(UUID[]::new))
			.param("excluded", excludedRecords.toArray(String[]::new))
			.query(UUID.class)
			.list();
	}

	private static Row row(ResultSet rs) throws SQLException {
		AccessEntry entry = new AccessEntry(rs.getString("actor"), rs.getString("actor_role"), rs.getObject("actor_organisation", UUID.class),
				AccessEntry.Action.valueOf(rs.getString("action")), rs.getString("record_kind"), rs.getString("record_id"),
				List.of((UUID[]) rs.getArray("subject_ids").getArray()), rs.getString("basis"));
		return new Row(rs.getLong("sequence"), rs.getTimestamp("logged_at").toInstant(), entry, rs.getString("previous_hash"));
	}

	/** An entry with its place in the chain; its hash covers every field and the hash before it. */
	private record Row(long sequence, Instant at, AccessEntry entry, String previousHash) {

		/** SHA-256 in lower-case hex of the entry's fields, each as its length, ':' and itself, joined by '|'. */
		String hash() {
			String canonical = String.join("|", field(String.valueOf(sequence)), fields(at, entry), field(previousHash));
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}

		/** The fields between the sequence and the previous hash, so joined. */
		static String fields(Instant at, AccessEntry entry) {
			return Stream.of(at.toString(), entry.actor(), entry.actorRole(), String.valueOf(entry.actorOrganisation()), entry.action().name(),
					entry.recordKind(), entry.recordId(), entry.subjects().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")),
					entry.basis())
				.map(Row::field)
				.collect(Collectors.joining("|"));
		}

		private static String field(String value) {
			return value.length() + ":" + value;
		}
	}
}
