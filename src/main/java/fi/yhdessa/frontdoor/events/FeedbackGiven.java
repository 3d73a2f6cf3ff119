package fi.yhdessa.frontdoor.events;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A resident answered the three feedback questions after a contact or an appointment. Anonymous like
 * the answer itself: the unit and the month only, no person, no contact, no time.
 *
 * @param about {@code CONTACT} or {@code APPOINTMENT}
 * @param easyToCome {@code YES}, {@code PARTLY} or {@code NO}, as {@code welcome} and {@code helped}
 */
public record FeedbackGiven(UUID factId, UUID unitId, String about, YearMonth month, String easyToCome, String welcome, String helped) {
}
