package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/** A client relationship began: a case was opened with its responsible worker. {@code origin} says where it came from. */
public record CaseOpened(UUID factId, CaseContext context, String origin, Instant openedAt) {
}
