package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.EverydayRating;
import fi.yhdessa.casework.access.Outcomes;
import fi.yhdessa.casework.events.EverydayLifeRated;
import fi.yhdessa.casework.events.GoalAttainmentRated;
import fi.yhdessa.casework.events.PlanAgreed;
import fi.yhdessa.casework.plan.CaseRecords;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.HttpVisitor;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The outcome measures of a case: each goal of the plan rated on the GAS scale at agreement and at
 * reviews, the family's 0–10 rating of everyday life at the start and the end; each a fact.
 */
@CaseworkTest
@RecordApplicationEvents
class OutcomesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	CaseRecords records;

	@Autowired
	Outcomes outcomes;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aGoalIsRatedFirstAtItsStartingPointAndThenAtReviewsEachAFact() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Arvioitava"));
		records.writePlan(worker, caseId, new Commands.WritePlan(List.of("Aamut sujuvat", "Lapsi nukkuu yönsä"), List.of(), List.of(), null));
		records.recordAgreement(worker, caseId, new Commands.Agreement(1, "Sovittu tapaamisessa"));
		assertThat(events.stream(PlanAgreed.class).filter(e -> e.context().caseId().equals(caseId))).singleElement()
			.satisfies(e -> assertThat(e.byFamily()).isFalse());

		outcomes.rateGoals(worker, caseId, 1, Map.of(0, -1, 1, -2));
		outcomes.rateGoals(worker, caseId, 1, Map.of(0, 1));
		assertThat(events.stream(GoalAttainmentRated.class).filter(e -> e.context().caseId().equals(caseId)))
			.extracting(GoalAttainmentRated::goal, GoalAttainmentRated::stage, GoalAttainmentRated::score, GoalAttainmentRated::baseline)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, "AGREEMENT", -1, null), org.assertj.core.groups.Tuple.tuple(1, "AGREEMENT", -2, null),
					org.assertj.core.groups.Tuple.tuple(0, "REVIEW", 1, -1));
		PlanVersion plan = jdbc.sql("select * from casework.plan_version where case_id = ?").param(caseId).query(CaseStore::plan).single();
		assertThat(outcomes.goalRatings(plan)).extracting(Outcomes.GoalRating::baseline, Outcomes.GoalRating::latest)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(-1, 1), org.assertj.core.groups.Tuple.tuple(-2, null));
		assertThatThrownBy(() -> outcomes.rateGoals(worker, caseId, 1, Map.of(0, 3))).hasMessage("gas.error.score");
		assertThatThrownBy(() -> outcomes.rateGoals(worker, caseId, 1, Map.of(5, 0))).hasMessage("gas.error.goal");
		assertThatThrownBy(() -> outcomes.rateGoals(worker, caseId, 2, Map.of(0, 0))).hasMessage("plan.error.version");
	}

	@Test
	void theWorkerRecordsTheFamilysRatingOnceAtTheStartAndOnceAtTheEnd() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Arjen Arvio"));
		outcomes.rateEverydayLife(worker, caseId, EverydayRating.Stage.START, 3);
		assertThatThrownBy(() -> outcomes.rateEverydayLife(worker, caseId, EverydayRating.Stage.START, 5)).hasMessage("everyday.error.given");
		assertThatThrownBy(() -> outcomes.rateEverydayLife(worker, caseId, EverydayRating.Stage.END, 11)).hasMessage("everyday.error.rating");
		cases.close(worker, caseId, new Commands.Close("Tavoitteet saavutettu", ClientCase.Outcome.GOALS_MET));
		outcomes.rateEverydayLife(worker, caseId, EverydayRating.Stage.END, 8);
		assertThat(outcomes.everydayRatings(caseId)).containsEntry(EverydayRating.Stage.START, 3).containsEntry(EverydayRating.Stage.END, 8);
		assertThat(events.stream(EverydayLifeRated.class).filter(e -> e.context().caseId().equals(caseId)))
			.extracting(EverydayLifeRated::stage, EverydayLifeRated::rating, EverydayLifeRated::byFamily)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("START", 3, false), org.assertj.core.groups.Tuple.tuple("END", 8, false));
	}

	@Test
	void theCasePageRatesGoalsAndKeepsWhatWasChosenWhenARatingIsRefused() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Sivulta Arvioitava"));
		records.writePlan(worker, caseId, new Commands.WritePlan(List.of("Koulumatkat sujuvat"), List.of(), List.of(), null));
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");
		String page = "/casework/cases/" + caseId + "?open=outcomes";
		assertThat(visitor.get(page).body()).contains("Tavoitteiden saavuttamisen asteikko", "Koulumatkat sujuvat");
		HttpResponse<String> refused = visitor.postForm("/casework/cases/" + caseId + "/goal-attainment", page, "version", "1");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Valitse ainakin yhden tavoitteen arvio.");
		HttpResponse<String> rated = visitor.postForm("/casework/cases/" + caseId + "/goal-attainment", page, "version", "1", "scores[0]", "-1");
		assertThat(rated.statusCode()).isEqualTo(302);
		assertThat(visitor.get(page).body()).contains("−1 odotettua huonommin");
		assertThat(jdbc.sql("select count(*) from casework.goal_attainment where case_id = ?").param(caseId).query(Long.class).single()).isEqualTo(1);
	}
}
