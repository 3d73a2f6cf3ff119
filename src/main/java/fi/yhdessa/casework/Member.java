package fi.yhdessa.casework;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a family as the client relationship knows them. */
public record Member(UUID id, UUID familyId, UUID residentId, String firstNames, String lastName, String personalIdentityCode, LocalDate birthDate,
		Relation relation) {

	/** Message key {@code member.relation.NAME}. */
	public enum Relation {
		GUARDIAN, CHILD, OTHER;

		public String messageKey() {
			return "member.relation." + name();
		}
	}

	public String fullName() {
		return firstNames + " " + lastName;
	}

	/**
	 * The identity code as a page shows it until a worker asks to see it: the date of birth and the
	 * century sign, the individual number and check character hidden.
	 */
	public String maskedIdentityCode() {
		if (personalIdentityCode == null || personalIdentityCode.length() < 7) {
			return "•••••••••••";
		}
		return personalIdentityCode.substring(0, 7) + "••••";
	}

	/** Whom the access log names: the register's resident where known, otherwise the member. */
	public UUID subject() {
		return residentId != null ? residentId : id;
	}
}
