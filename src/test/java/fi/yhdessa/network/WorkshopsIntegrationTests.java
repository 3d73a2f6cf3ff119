package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Workshops from the resident's side and the coordinator's: sign-up with the address confirmed from
 * a mailed link, a full workshop refused with what was typed kept, a participant removing their own
 * data, proposals supported and decided with their makers and supporters told — and no participant's
 * name or address on any public page or API answer.
 */
class WorkshopsIntegrationTests extends NetworkPagesTest {

	private static final Pattern LINK = Pattern.compile("/workshops/participation/([A-Za-z0-9_-]+)");

	@Test
	void aFullWorkshopRefusesTheNextSignUpAndKeepsWhatWasTyped() throws Exception {
		UUID workshop = plan("Täysi työpaja", 2);
		signUp(workshop, "Aino", "aino.taysi@example.com");
		mvc.perform(post("/workshops/" + workshop + "/signup").param("name", "Aino").param("email", "AINO.taysi@example.com").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tällä sähköpostiosoitteella on jo ilmoittauduttu")));
		signUp(workshop, "Bertta", "bertta.taysi@example.com");
		mvc.perform(post("/workshops/" + workshop + "/signup").param("name", "Cecilia").param("email", "cecilia.taysi@example.com").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Työpaja on täynnä")));
		mvc.perform(get("/workshops/" + workshop)).andExpect(content().string(containsString("Täynnä")));
		assertThat(jdbc.sql("select count(*) from network.participant where workshop_id = ?").param(workshop).query(Integer.class).single()).isEqualTo(2);
		UUID open = plan("Avoin työpaja", 3);
		mvc.perform(post("/workshops/" + open + "/signup").param("name", "").param("email", "ei-osoite").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kirjoita nimi, jolla sinua puhutellaan")))
			.andExpect(content().string(containsString("value=\"ei-osoite\"")));
	}

	@Test
	void aParticipantConfirmsProposesAndRemovesTheirOwnDataWhichFreesTheSeatAndKeepsTheProposal() throws Exception {
		UUID workshop = plan("Poistuvan työpaja", 5);
		String token = signUp(workshop, "Daniel", "daniel.poistuva@example.com");
		mvc.perform(get("/workshops/participation/" + token)).andExpect(status().isOk()).andExpect(content().string(containsString("Vahvista ilmoittautuminen")));
		mvc.perform(post("/workshops/participation/" + token + "/proposals").param("theme", "Illat").param("text", "Auki iltaisin").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vahvista ensin ilmoittautumisesi")))
			.andExpect(content().string(containsString("Auki iltaisin")));
		mvc.perform(post("/workshops/participation/" + token + "/confirm").with(csrf())).andExpect(flash().attribute("outcome", "participation.confirmed"));
		mvc.perform(post("/workshops/participation/" + token + "/proposals").param("theme", "Illat").param("text", "Neuvola auki iltaisin").with(csrf()))
			.andExpect(flash().attribute("outcome", "proposal.submitted"));
		mvc.perform(post("/workshops/participation/" + token + "/remove").with(csrf())).andExpect(flash().attribute("outcome", "participation.removed"));
		assertThat(jdbc.sql("select count(*) from network.participant where workshop_id = ? and (name is not null or email is not null)").param(workshop)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select text from network.proposal where workshop_id = ?").param(workshop).query(String.class).list())
			.containsExactly("Neuvola auki iltaisin");
		mvc.perform(get("/workshops/participation/" + token)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Linkki ei ole voimassa")));
		mvc.perform(get("/workshops/" + workshop)).andExpect(content().string(containsString("5 / 5 paikkaa vapaana")));
		mvc.perform(as(get("/network/workshops/" + workshop), Role.COORDINATOR)).andExpect(content().string(containsString("Poistanut tietonsa")));
	}

	@Test
	void decidingAProposalTellsItsMakerAndSupportersAndTheSecondOfTwoDecisionsIsRefusedWithWhatWasTypedKept() throws Exception {
		UUID workshop = plan("Päättävä työpaja", 10);
		String maker = confirmed(workshop, "Eero", "eero.paattava@example.com");
		String supporter = confirmed(workshop, "Fanni", "fanni.paattava@example.com");
		confirmed(workshop, "Greta", "greta.paattava@example.com");
		mvc.perform(post("/workshops/participation/" + maker + "/proposals").param("theme", "Chat").param("text", "Chat auki iltaisin").with(csrf()));
		UUID proposal = jdbc.sql("select id from network.proposal where workshop_id = ?").param(workshop).query(UUID.class).single();
		mvc.perform(post("/workshops/participation/" + supporter + "/support/" + proposal).with(csrf()));
		mvc.perform(post("/workshops/participation/" + supporter + "/support/" + proposal).with(csrf()));
		mvc.perform(as(post("/network/workshops/" + workshop + "/decisions").param("proposal", proposal.toString()).param("version", "0")
			.param("decision", "ACCEPTED").param("reason", "Chat-päivystys laajennetaan iltoihin."), Role.COORDINATOR))
			.andExpect(flash().attribute("outcome", "proposal.decidedDone"));
		mvc.perform(as(post("/network/workshops/" + workshop + "/decisions").param("proposal", proposal.toString()).param("version", "0")
			.param("decision", "REJECTED").param("reason", "Toisen koordinaattorin perustelu"), Role.COORDINATOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Joku muu tallensi tämän sillä välin")))
			.andExpect(content().string(containsString("Päätöstäsi ei tallennettu: Hylätty – Toisen koordinaattorin perustelu")));
		List<String> told = jdbc.sql("select recipient from platform.mail_outbox where subject = 'Ehdotuksesta on päätetty' and body like '%Chat auki iltaisin%' order by recipient")
			.query(String.class).list();
		assertThat(told).containsExactly("eero.paattava@example.com", "fanni.paattava@example.com");
		assertThat(jdbc.sql("select state || ' ' || reason from network.proposal where id = ?").param(proposal).query(String.class).single())
			.isEqualTo("ACCEPTED Chat-päivystys laajennetaan iltoihin.");
		mvc.perform(get("/you-said-we-did").param("municipality", NetworkRegion.NORTH))
			.andExpect(content().string(containsString("Chat auki iltaisin")))
			.andExpect(content().string(containsString("Chat-päivystys laajennetaan iltoihin.")))
			.andExpect(content().string(containsString("Hyväksytty")))
			.andExpect(content().string(containsString("<td class=\"num\">&lt;5</td>")));
		mvc.perform(get("/api/v1/workshops/" + workshop + "/proposals"))
			.andExpect(jsonPath("$[0].supporters").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$[0].supportersSuppressed").value(true));
	}

	@Test
	void noPublicPageOrApiAnswerShowsWhoSignedUpProposedOrSupported() throws Exception {
		UUID workshop = plan("Julkinen työpaja", 10);
		String token = confirmed(workshop, "Salainen Sanna", "salainen.sanna@example.com");
		mvc.perform(post("/workshops/participation/" + token + "/proposals").param("theme", "Tiedotus").param("text", "Lisää tietoa somessa").with(csrf()));
		UUID participant = jdbc.sql("select id from network.participant where workshop_id = ?").param(workshop).query(UUID.class).single();
		for (String path : List.of("/workshops", "/workshops/" + workshop, "/you-said-we-did?municipality=" + NetworkRegion.NORTH, "/family-centres",
				"/api/v1/workshops", "/api/v1/workshops/" + workshop, "/api/v1/workshops/" + workshop + "/proposals", "/api/v1/network/family-centres",
				"/v3/api-docs")) {
			String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
			assertThat(body).as(path).doesNotContain("Salainen Sanna", "salainen.sanna", participant.toString(), "participantId", "decidedBy");
		}
		mvc.perform(get("/api/v1/workshops/" + workshop + "/proposals")).andExpect(content().string(containsString("Lisää tietoa somessa")));
		mvc.perform(as(get("/network/workshops/" + workshop), Role.COORDINATOR)).andExpect(content().string(containsString("salainen.sanna@example.com")));
		for (Role role : List.of(Role.LEADERSHIP, Role.RESPONSIBLE_WORKER, Role.ADMINISTRATOR, Role.RESIDENT)) {
			mvc.perform(as(get("/network/workshops/" + workshop), role)).andExpect(status().isForbidden());
		}
	}

	@Test
	void aWorkshopWithoutATimeOrPlaceIsNotPlannedAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(as(post("/network/workshops").param("title", "Puolikas paja").param("topic", "Aihe").param("municipality", NetworkRegion.NORTH)
			.param("startTime", "18.00").param("endTime", "17.00").param("seats", "0"), Role.COORDINATOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tämä tieto puuttuu.")))
			.andExpect(content().string(containsString("Päättymisajan pitää olla alkamisajan jälkeen.")))
			.andExpect(content().string(containsString("Anna paikka tai etäyhteyden linkki.")))
			.andExpect(content().string(containsString("Anna paikkamäärä 1–1000.")))
			.andExpect(content().string(containsString("value=\"Puolikas paja\"")));
		mvc.perform(as(post("/network/workshops").param("action", "services").param("title", "Palvelupaja").param("municipality", NetworkRegion.NORTH),
				Role.COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Palvelupaja\"")))
			.andExpect(content().string(containsString("<option value=\"" + NetworkRegion.NORTH + "\" selected=\"selected\">")));
		assertThat(jdbc.sql("select count(*) from network.workshop where title in ('Puolikas paja', 'Palvelupaja')").query(Integer.class).single()).isZero();
	}

	private UUID plan(String title, int seats) throws Exception {
		String location = mvc.perform(as(post("/network/workshops").param("title", title).param("topic", "Aukioloajat")
			.param("municipality", NetworkRegion.NORTH).param("date", LocalDate.now().plusWeeks(2).toString()).param("startTime", "17.00")
			.param("endTime", "19:00").param("place", "Verkostolan perhekeskus").param("seats", String.valueOf(seats)), Role.COORDINATOR))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Signs up without an account; the private link from the confirmation mail. */
	private String signUp(UUID workshop, String name, String email) throws Exception {
		mvc.perform(post("/workshops/" + workshop + "/signup").param("name", name).param("email", email).param("mayContact", "true").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lähetimme sähköpostiisi linkin")));
		String body = jdbc.sql("select body from platform.mail_outbox where recipient = ? order by queued_at desc limit 1").param(email).query(String.class)
			.single();
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("the link in the mail").isTrue();
		return link.group(1);
	}

	private String confirmed(UUID workshop, String name, String email) throws Exception {
		String token = signUp(workshop, name, email);
		mvc.perform(post("/workshops/participation/" + token + "/confirm").with(csrf()));
		return token;
	}

}
