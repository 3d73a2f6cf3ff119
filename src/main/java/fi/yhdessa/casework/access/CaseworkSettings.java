package fi.yhdessa.casework.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's rules for client work.
 *
 * @param handoffAnswerWorkingDays a hand-off not answered within this many working days expires and returns to its sender
 * @param reminderDaysBefore how many days before a deadline its reminder goes to the responsible worker
 * @param breakGlassDuration how long a break-glass access lasts
 */
@ConfigurationProperties("yhdessa.casework")
public record CaseworkSettings(int handoffAnswerWorkingDays, int reminderDaysBefore, Duration breakGlassDuration) {

	public CaseworkSettings {
		if (handoffAnswerWorkingDays < 1 || handoffAnswerWorkingDays > 30) {
			throw new IllegalArgumentException("yhdessa.casework.handoff-answer-working-days must be between 1 and 30");
		}
		if (reminderDaysBefore < 0 || reminderDaysBefore > 30) {
			throw new IllegalArgumentException("yhdessa.casework.reminder-days-before must be between 0 and 30");
		}
		if (breakGlassDuration == null || breakGlassDuration.isNegative() || breakGlassDuration.toHours() > 24) {
			throw new IllegalArgumentException("yhdessa.casework.break-glass-duration must be at most 24 hours");
		}
	}
}
