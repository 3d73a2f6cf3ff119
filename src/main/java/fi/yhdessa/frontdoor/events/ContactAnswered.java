package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact got its first answer and left the queue, answered or routed.
 *
 * @param outcome {@code ANSWERED}, {@code ROUTED_TO_SERVICE}, {@code ROUTED_TO_BOOKING} or {@code ROUTED_TO_ASSESSMENT}
 * @param answerDue the promised day of the first answer, to count answers within the promise
 */
public record ContactAnswered(UUID factId, UUID contactId, UUID familyId, UUID unitId, String outcome, String channel, String municipality, Integer childAge,
		String language, Instant receivedAt, LocalDate answerDue, LocalDate answeredOn, Instant answeredAt) {
}
