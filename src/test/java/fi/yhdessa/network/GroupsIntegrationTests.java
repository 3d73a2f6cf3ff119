package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The coordinator founds a group, sets its members and records a meeting with its decisions and an
 * action; the member sees the group and their action and marks it done; someone outside the group
 * does not see it.
 */
class GroupsIntegrationTests extends NetworkPagesTest {

	@Test
	void aMemberSeesTheirGroupsMeetingsAndMarksTheirActionDoneWhileOthersSeeNothing() throws Exception {
		mvc.perform(as(post("/network/groups").param("kind", "AREA").param("nameFi", "").param("purposeFi", "Alueen yhteistyö"), Role.COORDINATOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Anna ryhmälle nimi ainakin yhdellä kielellä.")))
			.andExpect(content().string(containsString(">Alueen yhteisty")));
		String location = mvc.perform(as(post("/network/groups").param("kind", "AREA").param("nameFi", "Verkostolan alueryhmä")
			.param("purposeFi", "Alueen yhteistyö"), Role.COORDINATOR)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID group = UUID.fromString(location.substring(location.lastIndexOf('/') + 1, location.indexOf('#')));
		mvc.perform(as(post("/network/groups/" + group + "/members").param("role[" + NetworkRegion.COORDINATOR_PERSON + "]", "CHAIR")
			.param("role[" + NetworkRegion.WORKER_PERSON + "]", "MEMBER").param("role[" + NetworkRegion.NGO_PERSON + "]", ""), Role.COORDINATOR))
			.andExpect(flash().attribute("outcome", "group.membersSaved"));
		mvc.perform(as(post("/network/groups/" + group + "/meetings").param("heldOn", LocalDate.now().toString()).param("agenda", "Alueen tilanne")
			.param("decisions", "Perhekahvila avataan.\n\nIltavastaanotto kokeiluun.").param("actions[0].description", "Selvitä perhekahvilan tilat")
			.param("actions[0].responsible", NetworkRegion.WORKER_PERSON.toString()).param("actions[0].dueOn", LocalDate.now().plusDays(14).toString()),
				Role.COORDINATOR))
			.andExpect(flash().attribute("outcome", "meeting.recorded"));
		assertThat(jdbc.sql("select count(*) from network.decision d join network.meeting m on m.id = d.meeting_id where m.group_id = ?").param(group)
			.query(Integer.class).single()).isEqualTo(2);

		mvc.perform(as(get("/network/groups"), Role.RESPONSIBLE_WORKER)).andExpect(content().string(containsString("Verkostolan alueryhmä")));
		mvc.perform(as(get("/network/groups/" + group), Role.RESPONSIBLE_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iltavastaanotto kokeiluun.")))
			.andExpect(content().string(containsString("Selvitä perhekahvilan tilat")));
		mvc.perform(as(get("/api/v1/network/groups"), Role.RESPONSIBLE_WORKER)).andExpect(jsonPath("$[0].name").value("Verkostolan alueryhmä"));
		mvc.perform(as(get("/network"), Role.RESPONSIBLE_WORKER)).andExpect(content().string(containsString("Selvitä perhekahvilan tilat")));
		UUID action = jdbc.sql("select id from network.action where description = 'Selvitä perhekahvilan tilat'").query(UUID.class).single();
		mvc.perform(as(post("/network/actions/" + action).param("status", "DONE").param("version", "0"), Role.RESPONSIBLE_WORKER))
			.andExpect(flash().attribute("outcome", "action.saved"));
		mvc.perform(as(post("/network/actions/" + action).param("status", "DONE").param("version", "0"), Role.RESPONSIBLE_WORKER))
			.andExpect(flash().attribute("problem", "network.error.stale"));
		mvc.perform(as(get("/network"), Role.RESPONSIBLE_WORKER)).andExpect(content().string(not(containsString("Selvitä perhekahvilan tilat"))));

		mvc.perform(as(get("/network/groups/" + group), Role.PARTNER_WORKER)).andExpect(status().isForbidden());
		mvc.perform(as(get("/network/groups"), Role.PARTNER_WORKER)).andExpect(content().string(containsString("Et ole vielä minkään verkoston ryhmän jäsen.")));
		mvc.perform(as(get("/network/groups/" + group), Role.RESIDENT)).andExpect(status().isForbidden());
	}

	@Test
	void aGroupThatIsNotThereIsAnsweredWithTheRefusalInThePlatformsLayout() throws Exception {
		mvc.perform(as(get("/network/groups/" + UUID.randomUUID()), Role.COORDINATOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("class=\"skip-link\"")))
			.andExpect(content().string(containsString("/css/yhdessa-")))
			.andExpect(content().string(containsString("staff-nav")));
	}

}
