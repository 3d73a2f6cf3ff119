package fi.yhdessa.insight.web;

import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.insight.indicators.Polarisation;
import java.util.List;
import java.util.Map;

/**
 * What the indicators page shows ({@code src/main/jte/insight/indicators.jte}): the indicators to choose
 * from, the areas (unless the person's own is fixed), and the chosen indicator's polarisation with its
 * tables already written as HTML.
 */
public record IndicatorsPage(InsightSections sections, List<Indicators.Indicator> all, Indicators.Indicator chosen, Polarisation.View view,
		String tablesHtml, Map<String, String> areas, String area, boolean areaFixed, String citation, boolean analyst) {

	public boolean isChosen(Indicators.Indicator indicator) {
		return chosen != null && chosen.id() == indicator.id();
	}
}
