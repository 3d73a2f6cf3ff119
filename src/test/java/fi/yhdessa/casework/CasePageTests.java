package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.WorklistNames;
import fi.yhdessa.casework.plan.CaseRecords;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.HttpVisitor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.HtmlUtils;

/**
 * The case page a worker takes in at a glance: a summary on top, each kind of work opened on
 * demand in its own section, identity codes masked until asked for (and that logged), and forms
 * refused with what was typed and why.
 */
@CaseworkTest
class CasePageTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	CaseRecords records;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSummaryShowsWhatIsDueTheGoalsAndTheLatestEntriesWithoutTheFormsOfEverySection() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Yhteenveto"));
		records.startAssessment(worker, caseId, new Commands.StartAssessment(TODAY.minusDays(20), true, List.of("perhesosiaalityö")));
		records.writePlan(worker, caseId, new Commands.WritePlan(List.of("Aamut sujuvat"), List.of(new PlanVersion.Measure("perhetyö", "perhetyöntekijä",
				TODAY.plusDays(20))), List.of(), TODAY.plusMonths(2)));
		cases.write(worker, caseId, new Commands.Write("Kotikäynti tehty, perhe jaksaa paremmin.", null));
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");

		String page = HtmlUtils.htmlUnescape(visitor.get("/casework/cases/" + caseId).body());

		assertThat(page).contains("Yhteenveto", "Palvelutarpeen arviointi aloitettava", "Toimenpide: perhetyö", "Suunnitelman arviointi",
				"Aamut sujuvat", "ei vielä arvioitu", "Kotikäynti tehty, perhe jaksaa paremmin.", "Myöhässä");
		assertThat(page.indexOf("Palvelutarpeen arviointi aloitettava")).as("the nearest deadline first").isLessThan(page.indexOf("Toimenpide: perhetyö"));
		assertThat(page).doesNotContain("/journal\" method=\"post\"", "/plan\" method=\"post\"", "/handoff\" method=\"post\"", "<select");
		assertThat(page).contains("/casework/cases/" + caseId + "?open=journal", "hx-get=\"/casework/cases/" + caseId + "/sections/journal\"");
	}

	@Test
	void aSectionOpensOnItsOwnForHtmxAndWithinThePageWithoutIt() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Osioitu"));
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");

		String fragment = HtmlUtils.htmlUnescape(visitor.get("/casework/cases/" + caseId + "/sections/journal").body());
		assertThat(fragment).startsWith("<section").contains("id=\"journal\"", "Uusi kirjaus").doesNotContain("<html", "Yhteenveto");
		String page = HtmlUtils.htmlUnescape(visitor.get("/casework/cases/" + caseId + "?open=journal").body());
		assertThat(page).contains("<html", "Yhteenveto", "id=\"journal\"", "aria-current=\"true\"");
		assertThat(visitor.get("/casework/cases/" + caseId + "/sections/nothing").statusCode()).isEqualTo(404);
	}

	@Test
	void aCasePageRefusedToAWorkerWithoutStandingKeepsItsDeniedEntry() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Toisen"));
		HttpVisitor other = new HttpVisitor(port);
		other.signIn("worker2", "demo");

		assertThat(other.get("/casework/cases/" + caseId).statusCode()).isIn(403, 404);

		assertThat(jdbc.sql("select count(*) from consent.access_log where record_id = ? and action = 'DENIED' and actor = 'worker2'")
			.param(caseId.toString()).query(Long.class).single()).as("the refusal, committed with the page's reads rolled back").isEqualTo(1);
	}

	@Test
	void identityCodesAreMaskedUntilAWorkerAsksAndEachRevealIsLoggedWhileOthersAreDenied() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Peitetty"));
		Member guardian = jdbc.sql("select m.* from casework.member m join casework.client_case c on c.family_id = m.family_id where c.id = ? and m.relation = 'GUARDIAN'")
			.param(caseId)
			.query(CaseStore::member)
			.single();
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");
		String familyPage = "/casework/cases/" + caseId + "?open=family";

		String masked = HtmlUtils.htmlUnescape(visitor.get(familyPage).body());
		assertThat(masked).contains(guardian.maskedIdentityCode()).doesNotContain(guardian.personalIdentityCode());
		long reveals = reveals(caseId, "READ");
		HttpResponse<String> shown = visitor.send(HttpRequest.newBuilder(visitor.uri("/casework/cases/" + caseId + "/members/" + guardian.id() + "/identity-code"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(masked)))
			.build());
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).isEqualTo("<span>" + guardian.personalIdentityCode() + "</span>");
		assertThat(reveals(caseId, "READ")).isEqualTo(reveals + 1);
		HttpResponse<String> withoutScript = visitor.postForm("/casework/cases/" + caseId + "/members/" + guardian.id() + "/identity-code", familyPage);
		assertThat(withoutScript.body()).contains(guardian.personalIdentityCode(), "id=\"family\"");
		assertThat(reveals(caseId, "READ")).isEqualTo(reveals + 2);

		HttpVisitor stranger = new HttpVisitor(port);
		stranger.signIn("worker2", "demo");
		HttpResponse<String> refused = stranger.postForm("/casework/cases/" + caseId + "/members/" + guardian.id() + "/identity-code", "/casework");
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain(guardian.personalIdentityCode());
	}

	@Test
	void aRefusedFormComesBackOpenInItsSectionWithWhatWasTypedAndEachFieldsLimit() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Rajattu"));
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");
		String planPage = "/casework/cases/" + caseId + "?open=plan";

		HttpResponse<String> tooLong = visitor.postForm("/casework/cases/" + caseId + "/plan", planPage, "goals", "Aamut sujuvat", "measures[0].service",
				"perhetyö".repeat(40), "measures[0].who", "perhetyöntekijä", "reviewOn", TODAY.plusMonths(1).toString());
		String body = HtmlUtils.htmlUnescape(tooLong.body());
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(body).contains("Lomaketta ei tallennettu", "enintään 200 merkkiä", "id=\"plan\"", "Aamut sujuvat", "perhetyöntekijä");
		assertThat(jdbc.sql("select count(*) from casework.plan_version where case_id = ?").param(caseId).query(Long.class).single()).isZero();

		HttpResponse<String> badDate = visitor.postForm("/casework/cases/" + caseId + "/plan", planPage, "goals", "Aamut sujuvat", "reviewOn", "31.2.2027");
		assertThat(badDate.statusCode()).isEqualTo(422);
		assertThat(HtmlUtils.htmlUnescape(badDate.body())).contains("31.2.2027", "Aamut sujuvat");

		HttpResponse<String> written = visitor.postForm("/casework/cases/" + caseId + "/plan", planPage, "goals", "Aamut sujuvat", "measures[0].service",
				"perhetyö", "measures[0].who", "perhetyöntekijä", "measures[0].byWhen", TODAY.plusDays(14).toString());
		assertThat(written.statusCode()).isEqualTo(302);
		assertThat(written.headers().firstValue("Location").orElseThrow()).endsWith("/casework/cases/" + caseId + "?done=plan.written");
		assertThat(HtmlUtils.htmlUnescape(visitor.get("/casework/cases/" + caseId + "?done=plan.written").body())).contains("Toimenpide: perhetyö");
	}

	@Test
	void theWorklistNamesTheFamilyOfEachOwnCaseAndLogsTheNamesAsOneRead() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Nimetty"));
		String family = jdbc.sql("select f.name from casework.family f join casework.client_case c on c.family_id = f.id where c.id = ?").param(caseId)
			.query(String.class).single();
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");
		long before = worklistReads();

		String page = HtmlUtils.htmlUnescape(visitor.get("/casework?casePage=1").body());

		assertThat(page).contains(family);
		assertThat(worklistReads()).as("one entry for the page, whatever the number of families").isEqualTo(before + 1);
		UUID member = jdbc.sql("select coalesce(m.resident_id, m.id) from casework.member m join casework.client_case c on c.family_id = m.family_id where c.id = ? limit 1")
			.param(caseId).query(UUID.class).single();
		assertThat(jdbc.sql("select count(*) from consent.access_log where record_kind = 'casework.worklist' and ?::uuid = any(subject_ids)").param(member)
			.query(Long.class).single()).as("the family's members are the read's subjects").isOne();
		assertThat(jdbc.sql("select basis from consent.access_log where record_kind = 'casework.worklist' and actor = 'worker' order by sequence desc limit 1")
			.query(String.class).single()).isEqualTo(WorklistNames.BASIS);
	}

	@Test
	void aMeasureDueInThePastIsRefusedWithWhatWasTypedKept() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Myöhäinen"));
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");

		HttpResponse<String> past = visitor.postForm("/casework/cases/" + caseId + "/plan", "/casework/cases/" + caseId + "?open=plan", "goals",
				"Iltaisin rauhallista", "measures[0].service", "perheneuvola", "measures[0].who", "psykologi", "measures[0].byWhen",
				TODAY.minusDays(3).toString());
		String body = HtmlUtils.htmlUnescape(past.body());
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(body).contains("Toimenpiteen määräpäivä on jo mennyt.", "Iltaisin rauhallista", "perheneuvola", "psykologi", TODAY.minusDays(3).toString());
		assertThat(jdbc.sql("select count(*) from casework.plan_version where case_id = ?").param(caseId).query(Long.class).single()).isZero();
	}

	@Test
	void anAssessmentWithNothingButItsDateIsStartedOnlyWhenTheWorkerConfirmsIt() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Vahvistettu"));
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");
		String from = "/casework/cases/" + caseId + "?open=assessment";

		HttpResponse<String> empty = visitor.postForm("/casework/cases/" + caseId + "/assessment", from, "initiatedOn", TODAY.toString(), "participants", "");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(HtmlUtils.htmlUnescape(empty.body())).contains("Kirjaa osallistujat tai vahvista", "name=\"confirmEmpty\"");
		assertThat(jdbc.sql("select count(*) from casework.assessment where case_id = ?").param(caseId).query(Long.class).single()).isZero();

		HttpResponse<String> confirmed = visitor.postForm("/casework/cases/" + caseId + "/assessment", from, "initiatedOn", TODAY.toString(),
				"participants", "", "confirmEmpty", "true");
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from casework.assessment where case_id = ?").param(caseId).query(Long.class).single()).isOne();
	}

	@Test
	void theHandOffsUnitsSayWhichMunicipalityEachIsInSoThatNoTwoChoicesReadAlike() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		UUID caseId = cases.open(worker, Families.family("Valitseva"));
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");

		String page = HtmlUtils.htmlUnescape(visitor.get("/casework/cases/" + caseId + "?open=handoff").body());
		java.util.regex.Matcher units = java.util.regex.Pattern.compile("<option value=\"unit:[^\"]+\"[^>]*>([^<]+)</option>").matcher(page);
		List<String> names = new java.util.ArrayList<>();
		while (units.find()) {
			names.add(units.group(1));
		}
		assertThat(names).hasSizeGreaterThan(1).doesNotHaveDuplicates();
		assertThat(names).anySatisfy(name -> assertThat(name).contains(" · "));
		assertThat(page).as("the units under their organisation, the others under their kind")
			.contains("<optgroup label=\"Järvilaakson hyvinvointialue\">", "<optgroup label=\"Järjestö (perheen suostumuksella)\">");
	}

	private long reveals(UUID caseId, String action) {
		return jdbc.sql("select count(*) from consent.access_log where record_kind = 'casework.identity-code' and record_id = ? and action = ?")
			.param(caseId.toString())
			.param(action)
			.query(Long.class)
			.single();
	}

	private static String csrf(String page) {
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
	}

	private long worklistReads() {
		return jdbc.sql("select count(*) from consent.access_log where record_kind = 'casework.worklist' and actor = 'worker'").query(Long.class).single();
	}
}
