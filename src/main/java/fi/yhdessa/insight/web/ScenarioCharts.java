package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.Savings;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A scenario's chart: the saving and its running total year by year, as the table beside it has them. */
@Component
class ScenarioCharts {

	private final MessageSource messages;

	ScenarioCharts(MessageSource messages) {
		this.messages = messages;
	}

	String json(Savings.Result result, Locale locale) {
		List<String> years = result.years().stream().map(y -> String.valueOf(y.year())).toList();
		return new ChartData("BAR", "EUROS", years, List.of(
				new ChartData.Series(messages.getMessage("insight.scenario.saving", null, locale), result.years().stream().map(Savings.Year::saving).toList()),
				new ChartData.Series(messages.getMessage("insight.scenario.cumulative", null, locale),
						result.years().stream().map(Savings.Year::cumulativeSaving).toList()))).json();
	}
}
