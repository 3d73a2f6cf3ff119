package fi.yhdessa.insight.plan;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A welfare plan for a period of years (e.g. 2026–2029) for the whole county or one of its areas.
 * A draft is read inside the network; an adopted plan is public.
 */
public record WelfarePlan(UUID id, LocalizedText title, int firstYear, int lastYear, String areaCode, State state, List<Priority> priorities, int version) {

	public enum State {
		DRAFT, ADOPTED
	}

	public WelfarePlan {
		if (title == null) {
			throw new PlanRefused("welfarePlan.error.title");
		}
		if (lastYear < firstYear || lastYear - firstYear > 10) {
			throw new PlanRefused("welfarePlan.error.period");
		}
		priorities = priorities == null ? List.of() : List.copyOf(priorities);
	}

	/** The plan adopted: it needs at least one priority with an indicator. */
	public WelfarePlan adopt() {
		if (state == State.ADOPTED) {
			throw new PlanRefused("welfarePlan.error.adopted");
		}
		if (priorities.stream().noneMatch(p -> !p.indicators().isEmpty())) {
			throw new PlanRefused("welfarePlan.error.adoptEmpty");
		}
		return new WelfarePlan(id, title, firstYear, lastYear, areaCode, State.ADOPTED, priorities, version);
	}

	public String period() {
		return firstYear + "–" + lastYear;
	}

	public boolean published() {
		return state == State.ADOPTED;
	}
}
