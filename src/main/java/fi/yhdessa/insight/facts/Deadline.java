package fi.yhdessa.insight.facts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The deadlines the law or the county's promise sets, which facts open and which meet them.
 * Message key {@code insight.deadline.NAME}.
 */
public enum Deadline {
	/** The county's promise of a first answer to a contact. */
	CONTACT_ANSWER(EnumSet.of(FactKind.CONTACT_ANSWERED)),
	/** Child Welfare Act §26: the decision on a notification by the 7th working day. */
	NOTIFICATION_DECISION(EnumSet.of(FactKind.NOTIFICATION_DECIDED)),
	/** Social Welfare Act §36: the assessment starts by the 7th working day. */
	ASSESSMENT_START(EnumSet.of(FactKind.ASSESSMENT_STARTED, FactKind.ASSESSMENT_COMPLETED)),
	/** Social Welfare Act §36: the assessment is complete within three months. */
	ASSESSMENT_COMPLETION(EnumSet.of(FactKind.ASSESSMENT_COMPLETED)),
	/** A hand-off answered by its answer day. */
	HANDOFF_ANSWER(EnumSet.of(FactKind.HANDOFF_ACCEPTED, FactKind.HANDOFF_DECLINED, FactKind.HANDOFF_EXPIRED));

	private final Set<FactKind> metBy;

	Deadline(Set<FactKind> metBy) {
		this.metBy = metBy;
	}

	/** The kinds of fact that meet (or end) this deadline. */
	public Set<FactKind> metBy() {
		return metBy;
	}

	/** The deadlines a fact opens, with their days. */
	public static Map<Deadline, LocalDate> openedBy(Fact fact) {
		Map<Deadline, LocalDate> opened = new LinkedHashMap<>();
		switch (fact.kind()) {
			case CONTACT_RECEIVED -> opened.put(CONTACT_ANSWER, fact.due());
			case NOTIFICATION_RECEIVED -> opened.put(NOTIFICATION_DECISION, fact.due());
			case ASSESSMENT_INITIATED -> {
				opened.put(ASSESSMENT_START, fact.due());
				opened.put(ASSESSMENT_COMPLETION, fact.dueFinal());
			}
			case HANDOFF_PROPOSED -> opened.put(HANDOFF_ANSWER, fact.due());
			default -> {
			}
		}
		opened.values().removeIf(Objects::isNull);
		return fact.subjectKey() == null ? Map.of() : opened;
	}

	/** The kind of fact that opens this deadline, and whether its day is the fact's final due day. */
	public FactKind openedBy() {
		return switch (this) {
			case CONTACT_ANSWER -> FactKind.CONTACT_RECEIVED;
			case NOTIFICATION_DECISION -> FactKind.NOTIFICATION_RECEIVED;
			case ASSESSMENT_START, ASSESSMENT_COMPLETION -> FactKind.ASSESSMENT_INITIATED;
			case HANDOFF_ANSWER -> FactKind.HANDOFF_PROPOSED;
		};
	}

	public boolean dueFinal() {
		return this == ASSESSMENT_COMPLETION;
	}

	/** The deadlines a fact of this kind meets. */
	public static Set<Deadline> metBy(FactKind kind) {
		Set<Deadline> met = EnumSet.noneOf(Deadline.class);
		for (Deadline deadline : values()) {
			if (deadline.metBy.contains(kind)) {
				met.add(deadline);
			}
		}
		return met;
	}
}
