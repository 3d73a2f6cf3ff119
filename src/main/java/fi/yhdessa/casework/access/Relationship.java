package fi.yhdessa.casework.access;

import java.util.EnumSet;
import java.util.Set;

/** How a user stands to a case, and what each standing allows. */
public enum Relationship {
	RESPONSIBLE_WORKER("responsible worker (Social Welfare Act 1301/2014 §42)", Operation.professional()),
	TEAM_MEMBER("member of the team around the family", EnumSet.of(Operation.READ, Operation.REVEAL_IDENTITY_CODE, Operation.WRITE_JOURNAL, Operation.ASSESS,
			Operation.MESSAGE)),
	SUPERVISOR("supervisor of the case's workers", EnumSet.of(Operation.READ, Operation.REVEAL_IDENTITY_CODE, Operation.REASSIGN, Operation.CLOSE,
			Operation.READ_ACCESS_LOG)),
	BREAK_GLASS("break-glass access", EnumSet.of(Operation.READ, Operation.REVEAL_IDENTITY_CODE, Operation.WRITE_JOURNAL)),
	AUDITOR("audit of the access log (Client Data Act 703/2023 §11)", EnumSet.of(Operation.READ_ACCESS_LOG)),
	/** A guardian in the family, in the portal: the family's own data. */
	GUARDIAN("guardian in the family: the family's own data", EnumSet.of(Operation.FAMILY_VIEW, Operation.RESPOND_TO_PLAN, Operation.MESSAGE)),
	/** A young person of 15 or more, in the portal: their own case. */
	YOUNG_PERSON("young person of 15 or more: their own case", EnumSet.of(Operation.FAMILY_VIEW, Operation.RESPOND_TO_PLAN, Operation.MESSAGE,
			Operation.HIDE_FROM_GUARDIANS));

	private final String basis;
	private final Set<Operation> allows;

	Relationship(String basis, Set<Operation> allows) {
		this.basis = basis;
		this.allows = allows;
	}

	public String basis() {
		return basis;
	}

	public boolean allows(Operation operation) {
		return allows.contains(operation);
	}
}
