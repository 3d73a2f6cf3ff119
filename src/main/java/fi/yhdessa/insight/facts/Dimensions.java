package fi.yhdessa.insight.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The dimensions figures are counted by, as the facts' own values map to them. */
public final class Dimensions {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	/** Age groups of the child, by the child's age in years. Message key {@code insight.age.NAME}. */
	public enum AgeGroup {
		AGE_0_2, AGE_3_6, AGE_7_12, AGE_13_17, AGE_18_PLUS;

		static AgeGroup of(int age) {
			return age <= 2 ? AGE_0_2 : age <= 6 ? AGE_3_6 : age <= 12 ? AGE_7_12 : age <= 17 ? AGE_13_17 : AGE_18_PLUS;
		}
	}

	/**
	 * How a service is given: the appointment's mode, or how a contact asked to be answered.
	 * Message key {@code insight.channel.NAME}.
	 */
	public enum Channel {
		IN_PERSON, VIDEO, PHONE, HOME_VISIT, OUTREACH, MESSAGE;

		/** Remote: by video or phone. */
		public boolean remote() {
			return this == VIDEO || this == PHONE;
		}

		/** Where the family is: a home visit or outreach. */
		public boolean outreach() {
			return this == HOME_VISIT || this == OUTREACH;
		}
	}

	private Dimensions() {
	}

	public static String ageGroup(Integer age) {
		return age == null || age < 0 ? null : AgeGroup.of(age).name();
	}

	/** An appointment's mode as the channel. */
	public static String channel(String mode) {
		return mode == null ? null : Channel.valueOf(mode).name();
	}

	/** How a contact asked to be answered, as the channel. */
	public static String contactChannel(String answerBy) {
		if (answerBy == null) {
			return null;
		}
		return switch (answerBy) {
			case "PHONE" -> Channel.PHONE.name();
			case "REMOTE" -> Channel.VIDEO.name();
			case "VISIT" -> Channel.IN_PERSON.name();
			default -> Channel.MESSAGE.name();
		};
	}

	public static LocalDate day(Instant at) {
		return at.atZone(FINLAND).toLocalDate();
	}

	/** Whole days from one moment's day to another's, in Finland. */
	public static int days(Instant from, Instant to) {
		return days(day(from), day(to));
	}

	public static int days(LocalDate from, LocalDate to) {
		return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
	}

	/** Met by the deadline; {@code null} when there is no deadline. */
	public static Boolean onTime(LocalDate met, LocalDate due) {
		return due == null || met == null ? null : !met.isAfter(due);
	}
}
