package fi.yhdessa.insight.plan;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.UUID;

/** A priority of the plan, owned by a group of the network, with its indicators and measures. */
public record Priority(UUID id, UUID planId, int position, LocalizedText title, LocalizedText description, UUID ownerGroup, List<PlanIndicator> indicators,
		List<Measure> measures, int version) {

	public Priority {
		indicators = List.copyOf(indicators);
		measures = List.copyOf(measures);
	}

	public long done() {
		return measures.stream().filter(m -> m.status() == Measure.Status.DONE).count();
	}

	public long late(java.time.LocalDate today) {
		return measures.stream().filter(m -> m.late(today)).count();
	}
}
