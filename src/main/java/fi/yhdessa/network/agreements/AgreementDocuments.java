package fi.yhdessa.network.agreements;

import fi.yhdessa.network.access.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of an agreement: PDF files only, checked by their first bytes whatever the name or the
 * browser says, at most 10 MB, stored with their SHA-256 like message attachments, never replaced.
 */
@Service
public class AgreementDocuments {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;
	private final Clock clock;

	AgreementDocuments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Document(UUID id, String fileName, int sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
	}

	public record Content(Document document, byte[] bytes) {
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public UUID add(String by, UUID agreementId, String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new Refusal("agreement.error.documentMissing");
		}
		if (content.length > MAX_BYTES) {
			throw new Refusal("agreement.error.documentSize");
		}
		if (content.length < PDF.length || !Arrays.equals(Arrays.copyOf(content, PDF.length), PDF)) {
			throw new Refusal("agreement.error.documentType");
		}
		String state = jdbc.sql("select state from network.agreement where id = ?").param(agreementId).query(String.class).optional()
			.orElseThrow(() -> new Refusal("agreement.error.notFound"));
		if (AgreementState.valueOf(state).closed()) {
			throw new Refusal("agreement.error.notEditable");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.agreement_document (id, agreement_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
				values (?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?)
				""")
			.params(id, agreementId, safeName(fileName), content.length, sha256(content), content, by, Timestamp.from(Instant.now(clock)))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'LEADERSHIP')")
	public List<Document> of(UUID agreementId) {
		return jdbc.sql("select * from network.agreement_document where agreement_id = ? order by uploaded_at")
			.param(agreementId)
			.query((rs, n) -> new Document(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getInt("size_bytes"), rs.getString("sha256"),
					rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'LEADERSHIP')")
	public Optional<Content> content(UUID agreementId, UUID documentId) {
		return jdbc.sql("select * from network.agreement_document where agreement_id = ? and id = ?")
			.params(agreementId, documentId)
			.query((rs, n) -> new Content(new Document(documentId, rs.getString("file_name"), rs.getInt("size_bytes"), rs.getString("sha256"),
					rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()), rs.getBytes("content")))
			.optional();
	}

	/** The file's own name without any path, only characters safe in a download header, ending in .pdf. */
	static String safeName(String given) {
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		if (name.isEmpty() || name.length() > 120) {
			name = "sopimus";
		}
		return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
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
