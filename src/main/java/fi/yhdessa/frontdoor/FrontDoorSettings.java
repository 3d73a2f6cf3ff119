package fi.yhdessa.frontdoor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's service levels at the front door.
 *
 * @param firstAnswerWorkingDays the first answer to a contact is due within this many working days (the day of receipt not counted)
 * @param reminderHours how long before an appointment its reminder goes
 */
@ConfigurationProperties("yhdessa.frontdoor")
record FrontDoorSettings(int firstAnswerWorkingDays, int reminderHours) {

	FrontDoorSettings {
		if (firstAnswerWorkingDays < 0 || firstAnswerWorkingDays > 30) {
			throw new IllegalArgumentException("yhdessa.frontdoor.first-answer-working-days must be between 0 and 30");
		}
	}
}
