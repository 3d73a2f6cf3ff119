package fi.yhdessa.casework.messages;

import fi.yhdessa.casework.Attachment;
import fi.yhdessa.casework.AttachmentContent;
import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.HiddenPart;
import fi.yhdessa.casework.Member;
import fi.yhdessa.casework.Message;
import fi.yhdessa.casework.MessageThread;
import fi.yhdessa.casework.NewAttachment;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.ThreadView;
import fi.yhdessa.casework.access.CaseAccess;
import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.casework.access.Relationship;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.platform.AccountSummary;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Mail;
import fi.yhdessa.platform.SignedInUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secure messages of a case between the family and its responsible worker and team. Reading is
 * reading the case (logged); writing needs {@link Operation#MESSAGE}. The other side is told by
 * e-mail that there is a message, never what it says. Messages and attachments are append-only.
 */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class Messages {

	static final int SUBJECT_MAX = 200;
	static final int BODY_MAX = 5_000;
	static final int MAX_ATTACHMENTS = 3;
	static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	private final JdbcClient jdbc;
	private final CaseAccess access;
	private final CaseStore store;
	private final Accounts accounts;
	private final AccessLog accessLog;
	private final Mail mail;
	private final Clock clock;

	Messages(JdbcClient jdbc, CaseAccess access, CaseStore store, Accounts accounts, AccessLog accessLog, Mail mail, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.store = store;
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.mail = mail;
		this.clock = clock;
	}

	/** The case's threads, the latest first, with how many messages from the other side the user has not read. */
	public List<MessageThread> threads(SignedInUser user, UUID caseId) {
		access.require(user, caseId, reading(user), HiddenPart.MESSAGES);
		return threadsOf(user, caseId);
	}

	/** The case's threads for a user who has just been allowed to read the case. */
	public List<MessageThread> threadsOf(SignedInUser user, UUID caseId) {
		return jdbc.sql("""
				select t.*, (select count(*) from casework.message m where m.thread_id = t.id) as messages,
				  (select count(*) from casework.message m where m.thread_id = t.id and m.from_family <> :family
				     and m.sent_at > coalesce((select r.read_at from casework.message_read r where r.thread_id = t.id and r.reader = :me), '-infinity')) as unread
				from casework.message_thread t where t.case_id = :case order by t.last_message_at desc
				""")
			.param("family", !user.isStaff())
			.param("me", user.getUsername())
			.param("case", caseId)
			.query((rs, n) -> new MessageThread(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("subject"),
					rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("last_message_at").toInstant(), rs.getInt("messages"), rs.getInt("unread")))
			.list();
	}

	/** Starts a thread with its first message. */
	public UUID start(SignedInUser user, UUID caseId, String subject, String body, List<NewAttachment> attachments) {
		CaseAccess.Granted granted = access.require(user, caseId, Operation.MESSAGE, HiddenPart.MESSAGES);
		String cleanSubject = Cases.blankToNull(subject);
		if (cleanSubject == null || cleanSubject.length() > SUBJECT_MAX) {
			throw new Problem("message.error.subject");
		}
		List<Checked> checked = check(body, attachments);
		UUID thread = UUID.randomUUID();
		Timestamp now = now();
		jdbc.sql("insert into casework.message_thread (id, case_id, subject, started_by, started_at, last_message_at) values (:id, :case, :subject, :by, :at, :at)")
			.param("id", thread)
			.param("case", caseId)
			.param("subject", cleanSubject)
			.param("by", user.getUsername())
			.param("at", now)
			.update();
		write(user, thread, body, checked, now);
		notifyOtherSide(user, granted.clientCase());
		return thread;
	}

	/** A thread with its messages, marked read by the user. */
	public ThreadView thread(SignedInUser user, UUID threadId) {
		return thread(user, threadId, true);
	}

	/** A thread with its messages; marked read by the user only when they are shown to be read. */
	public ThreadView thread(SignedInUser user, UUID threadId, boolean markRead) {
		UUID caseId = caseOf(user, threadId, reading(user));
		ClientCase clientCase = access.require(user, caseId, reading(user), HiddenPart.MESSAGES).clientCase();
		MessageThread thread = jdbc.sql("""
				select t.*, (select count(*) from casework.message m where m.thread_id = t.id) as messages from casework.message_thread t where t.id = :id
				""")
			.param("id", threadId)
			.query((rs, n) -> new MessageThread(threadId, caseId, rs.getString("subject"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("last_message_at").toInstant(), rs.getInt("messages"), 0))
			.single();
		Instant otherSideRead = jdbc.sql("select max(read_at) from casework.message_read where thread_id = :thread and from_family <> :family")
			.param("thread", threadId)
			.param("family", !user.isStaff())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		Map<UUID, List<Attachment>> attachments = jdbc.sql("""
				select a.id, a.message_id, a.file_name, a.content_type, a.size_bytes from casework.attachment a join casework.message m on m.id = a.message_id
				where m.thread_id = :thread order by a.file_name
				""")
			.param("thread", threadId)
			.query((rs, n) -> Map.entry(rs.getObject("message_id", UUID.class), new Attachment(rs.getObject("id", UUID.class),
					rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		boolean family = !user.isStaff();
		List<Message> messages = jdbc.sql("select * from casework.message where thread_id = :thread order by sent_at, id")
			.param("thread", threadId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Instant sent = rs.getTimestamp("sent_at").toInstant();
				boolean mine = rs.getBoolean("from_family") == family;
				return new Message(id, threadId, rs.getString("author_name"), rs.getBoolean("from_family"), rs.getString("body"), sent,
						mine && otherSideRead != null && !otherSideRead.isBefore(sent), attachments.getOrDefault(id, List.of()));
			})
			.list();
		if (markRead) {
			jdbc.sql("""
					insert into casework.message_read (thread_id, reader, from_family, read_at) values (:thread, :me, :family, :at)
					on conflict (thread_id, reader) do update set read_at = excluded.read_at
					""")
				.param("thread", threadId)
				.param("me", user.getUsername())
				.param("family", family)
				.param("at", now())
				.update();
		}
		return new ThreadView(clientCase.id(), clientCase.reference(), thread, messages);
	}

	/** Answers in a thread. */
	public void reply(SignedInUser user, UUID threadId, String body, List<NewAttachment> attachments) {
		UUID caseId = caseOf(user, threadId, Operation.MESSAGE);
		ClientCase clientCase = access.require(user, caseId, Operation.MESSAGE, HiddenPart.MESSAGES).clientCase();
		List<Checked> checked = check(body, attachments);
		Timestamp now = now();
		write(user, threadId, body, checked, now);
		jdbc.sql("update casework.message_thread set last_message_at = :at where id = :id").param("at", now).param("id", threadId).update();
		notifyOtherSide(user, clientCase);
	}

	/** An attachment, for someone who may read its case; the read is logged as the attachment's. */
	public AttachmentContent attachment(SignedInUser user, UUID attachmentId) {
		Optional<UUID> thread = jdbc.sql("select m.thread_id from casework.attachment a join casework.message m on m.id = a.message_id where a.id = :id")
			.param("id", attachmentId)
			.query(UUID.class)
			.optional();
		if (thread.isEmpty()) {
			access.deny(user, "casework.attachment", attachmentId, "no such attachment");
			throw new Refusal.NotFound();
		}
		UUID caseId = caseOf(user, thread.get(), reading(user));
		CaseAccess.Granted granted = access.require(user, caseId, reading(user), HiddenPart.MESSAGES);
		accessLog.record(AccessEntry.by(user, AccessEntry.Action.READ, "casework.attachment", attachmentId.toString(), granted.subjects(),
				granted.relationship().basis()));
		return jdbc.sql("select * from casework.attachment where id = :id")
			.param("id", attachmentId)
			.query((rs, n) -> new AttachmentContent(new Attachment(attachmentId, rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes")), rs.getBytes("content")))
			.single();
	}

	/**
	 * Threads of the responsible worker's open cases with messages from the family they have not
	 * read, for the worklist. The subjects shown are the family's words: each thread shown is logged
	 * as a read of the case's messages.
	 */
	public List<MessageThread> unreadBy(SignedInUser user) {
		List<MessageThread> threads = new ArrayList<>();
		jdbc.sql("""
				select t.*, c.family_id, count(*) as unread from casework.message_thread t
				join casework.client_case c on c.id = t.case_id and c.responsible_worker = :worker and c.closed_at is null
				join casework.message m on m.thread_id = t.id and m.from_family
				where m.sent_at > coalesce((select r.read_at from casework.message_read r where r.thread_id = t.id and r.reader = :me), '-infinity')
				group by t.id, c.family_id order by max(m.sent_at) limit 20
				""")
			.param("worker", user.id().value())
			.param("me", user.getUsername())
			.query((ResultSet rs) -> {
				UUID caseId = rs.getObject("case_id", UUID.class);
				threads.add(new MessageThread(rs.getObject("id", UUID.class), caseId, rs.getString("subject"), rs.getTimestamp("started_at").toInstant(),
						rs.getTimestamp("last_message_at").toInstant(), 0, rs.getInt("unread")));
				access.record(user, AccessEntry.Action.READ, Operation.MESSAGE.recordKind(), caseId, rs.getObject("family_id", UUID.class),
						Relationship.RESPONSIBLE_WORKER.basis());
			});
		return threads;
	}

	private UUID caseOf(SignedInUser user, UUID threadId, Operation operation) {
		return jdbc.sql("select case_id from casework.message_thread where id = :id").param("id", threadId).query(UUID.class).optional().orElseThrow(() -> {
			access.deny(user, operation.recordKind(), threadId, "no such message thread");
			return new Refusal.NotFound();
		});
	}

	private static Operation reading(SignedInUser user) {
		return user.isStaff() ? Operation.READ : Operation.FAMILY_VIEW;
	}

	private record Checked(String fileName, String contentType, byte[] content, String sha256) {
	}

	private static List<Checked> check(String body, List<NewAttachment> attachments) {
		String text = Cases.blankToNull(body);
		if (text == null || text.length() > BODY_MAX) {
			throw new Problem("message.error.body");
		}
		List<NewAttachment> given = attachments == null ? List.of()
				: attachments.stream().filter(a -> a != null && a.content() != null && a.content().length > 0).toList();
		if (given.size() > MAX_ATTACHMENTS) {
			throw new Problem("message.error.attachments");
		}
		List<Checked> checked = new ArrayList<>();
		for (NewAttachment attachment : given) {
			if (attachment.content().length > MAX_ATTACHMENT_BYTES) {
				throw new Problem("message.error.attachmentSize");
			}
			String type = contentType(attachment.content()).orElseThrow(() -> new Problem("message.error.attachmentType"));
			checked.add(new Checked(fileName(attachment.fileName(), type), type, attachment.content(), sha256(attachment.content())));
		}
		return checked;
	}

	/** The type by the file's first bytes, whatever its name or the browser says: PDF, PNG or JPEG. */
	public static Optional<String> contentType(byte[] content) {
		if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** The name without any path or control characters, at most 100 characters, with the extension of its real type. */
	public static String fileName(String given, String type) {
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		int dot = name.lastIndexOf('.');
		// No leading dots: a name like ".liite" would be a hidden file where it is saved (found by fuzzing).
		String base = (dot > 0 ? name.substring(0, dot) : name).replaceFirst("^[.\\s]+", "").strip();
		if (base.isEmpty()) {
			base = "liite";
		}
		if (base.length() > 90) {
			base = base.substring(0, 90);
		}
		return base + switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}

	private void write(SignedInUser user, UUID thread, String body, List<Checked> attachments, Timestamp at) {
		UUID message = UUID.randomUUID();
		jdbc.sql("""
				insert into casework.message (id, thread_id, author, author_name, from_family, body, sent_at)
				values (:id, :thread, :author, :name, :family, :body, :at)
				""")
			.param("id", message)
			.param("thread", thread)
			.param("author", user.getUsername())
			.param("name", user.displayName())
			.param("family", !user.isStaff())
			.param("body", body.strip())
			.param("at", at)
			.update();
		for (Checked attachment : attachments) {
			jdbc.sql("""
					insert into casework.attachment (id, message_id, file_name, content_type, size_bytes, sha256, content)
					values (:id, :message, :name, :type, :size, :sha, :content)
					""")
				.param("id", UUID.randomUUID())
				.param("message", message)
				.param("name", attachment.fileName())
				.param("type", attachment.contentType())
				.param("size", attachment.content().length)
				.param("sha", attachment.sha256())
				.param("content", attachment.content())
				.update();
		}
		jdbc.sql("""
				insert into casework.message_read (thread_id, reader, from_family, read_at) values (:thread, :me, :family, :at)
				on conflict (thread_id, reader) do update set read_at = excluded.read_at
				""")
			.param("thread", thread)
			.param("me", user.getUsername())
			.param("family", !user.isStaff())
			.param("at", at)
			.update();
	}

	/** Tells the other side by e-mail that there is a message; the mail says nothing of what, and goes to no guardian the young person hides the messages from. */
	private void notifyOtherSide(SignedInUser user, ClientCase clientCase) {
		Set<String> recipients = new LinkedHashSet<>();
		if (user.isStaff()) {
			boolean guardiansToo = !store.hiddenFromGuardians(clientCase.id()).contains(HiddenPart.MESSAGES);
			List<UUID> residents = store.members(clientCase.familyId()).stream()
				.filter(m -> m.residentId() != null && (m.id().equals(clientCase.childId()) || guardiansToo && m.relation() == Member.Relation.GUARDIAN))
				.map(Member::residentId)
				.toList();
			accounts.ofResidents(residents).stream().map(AccountSummary::email).forEach(recipients::add);
		}
		else if (clientCase.responsibleWorker() != null) {
			accounts.find(new fi.yhdessa.platform.AccountId(clientCase.responsibleWorker())).map(AccountSummary::email).ifPresent(recipients::add);
		}
		recipients.stream().filter(address -> address != null && address.contains("@"))
			.forEach(address -> mail.queue(address, "Yhdessä: uusi viesti / nytt meddelande / new message", """
					Sinulle on uusi viesti Yhdessä-palvelussa. Lue se kirjautumalla palveluun.
					Du har ett nytt meddelande i Yhdessä. Logga in för att läsa det.
					You have a new message in Yhdessä. Sign in to read it.

					Yhdessä
					"""));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
