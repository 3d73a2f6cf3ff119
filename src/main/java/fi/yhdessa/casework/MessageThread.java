package fi.yhdessa.casework;

import java.time.Instant;
import java.util.UUID;

/** A thread of messages between a family and its workers on a case, with how many are unread by the reader. */
public record MessageThread(UUID id, UUID caseId, String subject, Instant startedAt, Instant lastMessageAt, int messages, int unread) {
}
