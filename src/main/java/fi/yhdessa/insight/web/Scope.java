package fi.yhdessa.insight.web;

import fi.yhdessa.insight.store.FigureFilter;
import java.util.UUID;

/**
 * What part of the figures a person may see: the analyst all of them; a coordinator those of the
 * area of their unit; a supervisor those of their own unit.
 *
 * @param area the only area shown, or {@code null}
 * @param unitId the only unit shown, or {@code null}
 * @param edits whether the person keeps unit costs, the classification and scenarios (the analyst)
 */
public record Scope(String area, UUID unitId, boolean edits) {

	public static final Scope EVERYTHING = new Scope(null, null, true);

	/** The filter narrowed to the scope; a filter asking for another area or unit gets nothing. */
	FigureFilter limit(FigureFilter filter) {
		FigureFilter limited = filter;
		if (area != null) {
			if (filter.area() != null && !filter.area().equals(area)) {
				return null;
			}
			limited = new FigureFilter(limited.from(), limited.to(), limited.municipality(), area, limited.unitId(), limited.serviceKind(), limited.channel(),
					limited.ageGroup(), limited.language());
		}
		if (unitId != null) {
			if (filter.unitId() != null && !filter.unitId().equals(unitId)) {
				return null;
			}
			limited = limited.withUnit(unitId);
		}
		return limited;
	}

	public boolean limited() {
		return area != null || unitId != null;
	}
}
