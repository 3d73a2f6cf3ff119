package fi.yhdessa.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message; {@code readByOtherSide} tells the writer that the other side has read it. */
public record Message(UUID id, UUID threadId, String authorName, boolean fromFamily, String body, Instant sentAt, boolean readByOtherSide,
		List<Attachment> attachments) {
}
