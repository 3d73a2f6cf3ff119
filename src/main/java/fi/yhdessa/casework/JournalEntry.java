package fi.yhdessa.casework;

import java.time.Instant;
import java.util.UUID;

/** An entry of the case journal. Entries are never changed: a correction is a new entry that {@code corrects} the old one. */
public record JournalEntry(UUID id, UUID caseId, Instant writtenAt, String author, String authorName, UUID organisationId, String body,
		UUID corrects) {
}
