package fi.yhdessa.insight.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measure of a priority: what is done, who answers for it, by when, its status, and the agreements and services it concerns. */
public record Measure(UUID id, UUID priorityId, String description, String responsible, LocalDate dueOn, Status status, List<UUID> agreements,
		String services, int version) {

	public enum Status {
		PLANNED, ONGOING, DONE, DROPPED
	}

	public Measure {
		agreements = agreements == null ? List.of() : List.copyOf(agreements);
	}

	/** The measure in its new status; a done or dropped measure is closed and may only be reopened as ongoing. */
	public Measure moveTo(Status target) {
		if (target == null || target == status) {
			throw new PlanRefused("welfarePlan.error.status");
		}
		if (target == Status.PLANNED && (status == Status.DONE || status == Status.DROPPED)) {
			throw new PlanRefused("welfarePlan.error.status");
		}
		return new Measure(id, priorityId, description, responsible, dueOn, target, agreements, services, version);
	}

	/** Open past its due date. */
	public boolean late(LocalDate today) {
		return (status == Status.PLANNED || status == Status.ONGOING) && dueOn.isBefore(today);
	}
}
