package fi.yhdessa.casework;

import java.util.UUID;

/** A file attached to a message. */
public record Attachment(UUID id, String fileName, String contentType, int size) {
}
