package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.Fact;
import java.sql.Date;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/** The month and dimensions of a fact as named parameters, for every statement that stores them. */
final class FactParameters {

	private FactParameters() {
	}

	/** Binds {@code :month :municipality :area :unit :serviceKind :channel :age :language}. */
	static StatementSpec place(StatementSpec statement, Fact fact) {
		return statement.param("month", Date.valueOf(fact.month().atDay(1)))
			.param("municipality", fact.municipality())
			.param("area", fact.area())
			.param("unit", fact.unitId())
			.param("serviceKind", fact.serviceKind())
			.param("channel", fact.channel())
			.param("age", fact.ageGroup())
			.param("language", fact.language());
	}
}
