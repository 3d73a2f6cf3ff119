package fi.yhdessa.casework;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attached file with its content, as downloaded. */
public record AttachmentContent(Attachment attachment, byte[] content) {

	/** The file as a download: never shown inline, never sniffed, never cached, sandboxed if opened. */
	public ResponseEntity<byte[]> asDownload() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Content-Security-Policy", "sandbox")
			.body(content);
	}
}
