package fi.yhdessa.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.insight.FactMother;
import fi.yhdessa.insight.InsightRegion;
import fi.yhdessa.insight.InsightTest;
import fi.yhdessa.insight.costs.UnitCost;
import fi.yhdessa.insight.costs.UnitCosts;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.store.FactStore;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An answer of the dashboard is given again only while the figures, the cost settings and the day it came from stand. */
@InsightTest
class AnswerCacheIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 4);
	static final AtomicInteger QUESTIONS = new AtomicInteger();

	@Autowired
	AnswerCache answers;

	@Autowired
	FigureCache figures;

	@Autowired
	FactStore store;

	@Autowired
	UnitCosts unitCosts;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	final AtomicInteger computed = new AtomicInteger();
	AnswerCache.Question question;
	final Supplier<List<FigureTable>> compute = () -> {
		computed.incrementAndGet();
		return List.of();
	};

	@BeforeEach
	void region() {
		InsightRegion.register(network, accounts);
		figures.refresh();
		computed.set(0);
		// A question no other test asks, so that no answer is kept from before.
		question = new AnswerCache.Question(Dashboard.Section.COSTS, FigureFilter.months(YearMonth.of(2000 + QUESTIONS.incrementAndGet(), 1),
				YearMonth.of(2026, 3)), null, Locale.ENGLISH, DAY);
	}

	@Test
	void theSameQuestionIsComputedOnceWhileNothingChanges() {
		answers.get(question, compute);
		answers.get(question, compute);
		answers.get(new AnswerCache.Question(question.section(), question.filter(), null, Locale.ENGLISH, DAY), compute);

		assertThat(computed).hasValue(1);
	}

	@Test
	void aNewFactTakenInGivesANewAnswer() {
		answers.get(question, compute);
		store.record(FactMother.build(FactMother.fact(FactKind.CONTACT_RECEIVED, DAY, InsightRegion.GUIDANCE)));
		answers.get(question, compute);
		figures.refresh();
		answers.get(question, compute);

		assertThat(computed).as("the figures in memory take the fact in at their refresh, and the answer with them").hasValue(2);
	}

	@Test
	void aChangedUnitCostGivesANewAnswerAtOnce() {
		answers.get(question, compute);
		unitCosts.save("FAMILY_WORK", UnitCost.Basis.VISIT, new BigDecimal("123.45"), null, null, false, "insight-leadership");
		answers.get(question, compute);

		assertThat(computed).hasValue(2);
	}

	@Test
	void anotherDayOrAnotherQuestionIsComputedOfItsOwn() {
		answers.get(question, compute);
		answers.get(new AnswerCache.Question(question.section(), question.filter(), null, Locale.ENGLISH, DAY.plusDays(1)), compute);
		answers.get(new AnswerCache.Question(question.section(), question.filter(), null, Locale.of("sv"), DAY), compute);
		answers.get(new AnswerCache.Question(Dashboard.Section.SERVICE_FLOW, question.filter(), null, Locale.ENGLISH, DAY), compute);

		assertThat(computed).hasValue(4);
	}
}
