package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.FactKind;
import java.util.List;
import java.util.Set;

/** Where figures come from: the aggregates kept in memory, or — to compare — a GROUP BY over the facts themselves. */
public interface FigureSource {

	/** The figures of these kinds that the filter lets through. */
	List<FigureRow> rows(Set<FactKind> kinds, FigureFilter filter);
}
