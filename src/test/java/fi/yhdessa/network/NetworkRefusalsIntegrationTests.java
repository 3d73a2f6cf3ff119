package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Deny by default, write by write: every role is tried on every write of the network's pages and API,
 * and only the roles (or the persons) a write is for get through — the coordinator keeps the network,
 * an action's responsible person marks it, an organisation's own contact person keeps its details,
 * a resident signs up through the API. Nobody signed out writes anything, and nothing refused changes.
 */
@NetworkTest
class NetworkRefusalsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	UUID agreement;
	UUID group;
	UUID action;
	UUID workshop;
	UUID proposal;

	@BeforeEach
	void fixtures() {
		NetworkRegion.register(network, accounts, jdbc);
		agreement = UUID.randomUUID();
		jdbc.sql("insert into network.agreement (id, kind, title, municipality_code, state, version) values (?, 'NGO_PARTNERSHIP', 'Kiistaton', ?, 'DRAFT', 1)")
			.params(agreement, NetworkRegion.NORTH).update();
		group = UUID.randomUUID();
		jdbc.sql("insert into network.network_group (id, kind, name_fi, purpose_fi) values (?, 'OTHER', 'Kieltoryhmä', 'Testi')").param(group).update();
		UUID meeting = UUID.randomUUID();
		jdbc.sql("insert into network.meeting (id, group_id, held_on, agenda) values (?, ?, ?, 'Asialista')").params(meeting, group, Date.valueOf(LocalDate.now()))
			.update();
		action = UUID.randomUUID();
		jdbc.sql("insert into network.action (id, meeting_id, description, responsible_id, due_on, status) values (?, ?, 'Tehtävä', ?, ?, 'OPEN')")
			.params(action, meeting, NetworkRegion.WORKER_PERSON, Date.valueOf(LocalDate.now().plusDays(7))).update();
		workshop = UUID.randomUUID();
		Instant starts = Instant.now().plusSeconds(14 * 86_400);
		jdbc.sql("insert into network.workshop (id, title, topic, starts_at, ends_at, place, seats) values (?, 'Kieltopaja', 'Aihe', ?, ?, 'Sali', 50)")
			.params(workshop, Timestamp.from(starts), Timestamp.from(starts.plusSeconds(7200))).update();
		proposal = UUID.randomUUID();
		jdbc.sql("insert into network.proposal (id, workshop_id, theme, text, submitted_at, state) values (?, ?, 'Teema', 'Teksti', now(), 'SUBMITTED')")
			.params(proposal, workshop).update();
	}

	/** The writes only the coordinator makes, pages and API. */
	List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> coordinatorWrites() {
		String json = "application/json";
		return List.of(() -> post("/network/agreements").param("kind", "NGO_PARTNERSHIP").param("title", "Uusi").param("municipality", NetworkRegion.NORTH),
				() -> post("/network/agreements/" + agreement).param("version", "1").param("kind", "NGO_PARTNERSHIP").param("title", "Muutettu")
					.param("municipality", NetworkRegion.NORTH),
				() -> post("/network/agreements/" + agreement + "/state").param("target", "NEGOTIATED").param("version", "1"),
				() -> post("/network/agreements/" + agreement + "/review").param("version", "1").param("reviewOn", "2027-01-01"),
				() -> multipart("/network/agreements/" + agreement + "/documents").file(new MockMultipartFile("document", "a.pdf", "application/pdf",
						"%PDF-1.4 x".getBytes())),
				() -> post("/network/groups/" + group + "/meetings").param("heldOn", "2026-12-01").param("agenda", "Asia"),
				() -> post("/network/groups").param("kind", "OTHER").param("nameFi", "Uusi ryhmä").param("purposeFi", "Testi"),
				() -> post("/network/groups/" + group + "/members").param("role[" + NetworkRegion.CONTACT_PERSON + "]", "MEMBER"),
				() -> post("/network/workshops").param("title", "Paja").param("topic", "Aihe").param("date", "2027-01-10").param("place", "Sali")
					.param("seats", "10"),
				() -> post("/network/workshops/" + workshop + "/cancel"),
				() -> post("/network/workshops/" + workshop + "/proposals").param("theme", "T").param("text", "Ehdotus"),
				() -> post("/network/workshops/" + workshop + "/decisions").param("proposal", proposal.toString()).param("version", "0")
					.param("decision", "REJECTED").param("reason", "Ei"),
				() -> post("/network/workshops/" + workshop + "/follow-ups").param("proposal", proposal.toString()).param("version", "0")
					.param("responsible", NetworkRegion.WORKER_PERSON.toString()).param("dueOn", "2027-01-01").param("status", "PLANNED"),
				() -> post("/network/people").param("name", "Uusi Ihminen").param("kind", "PROFESSIONAL"),
				() -> post("/network/people/fees").param("person", NetworkRegion.CONTACT_PERSON.toString()).param("paidOn", "2026-12-01").param("amount", "100"),
				() -> post("/network/family-centres/" + NetworkRegion.NORTH).param("nameFi", "Perhekeskus"),
				() -> post("/api/v1/network/agreements").contentType(json)
					.content("{\"kind\":\"NGO_PARTNERSHIP\",\"title\":\"API\",\"municipalityCode\":\"951\",\"parties\":[],\"commitments\":[],\"services\":[],\"contacts\":[]}"),
				() -> post("/api/v1/network/agreements/" + agreement).contentType(json).content("{\"version\":1,\"terms\":{\"kind\":\"NGO_PARTNERSHIP\",\"title\":\"API\","
						+ "\"municipalityCode\":\"951\",\"parties\":[],\"commitments\":[],\"services\":[],\"contacts\":[]}}"),
				() -> post("/api/v1/network/agreements/" + agreement + "/state").contentType(json).content("{\"target\":\"NEGOTIATED\",\"version\":1}"),
				() -> post("/api/v1/network/groups/" + group + "/meetings").contentType(json)
					.content("{\"heldOn\":\"2026-12-01\",\"agenda\":\"Asia\",\"decisions\":[],\"actions\":[]}"),
				() -> post("/api/v1/workshops").contentType(json).content("{\"title\":\"API-paja\",\"topic\":\"Aihe\",\"services\":[],\"startsAt\":\"2027-01-10T15:00:00Z\","
						+ "\"endsAt\":\"2027-01-10T17:00:00Z\",\"place\":\"Sali\",\"seats\":10}"),
				() -> post("/api/v1/workshops/" + workshop + "/proposals/" + proposal + "/decision").contentType(json)
					.content("{\"decision\":\"REJECTED\",\"reason\":\"Ei\",\"version\":0}"),
				() -> post("/api/v1/workshops/" + workshop + "/proposals/" + proposal + "/follow-up").contentType(json)
					.content("{\"followUp\":{\"responsibleId\":\"" + NetworkRegion.WORKER_PERSON + "\",\"dueOn\":\"2027-01-01\",\"status\":\"PLANNED\"},\"version\":0}"));
	}

	@Test
	void everyRoleButTheCoordinatorIsRefusedEveryWriteOfTheCoordinatorAndNothingChanges() throws Exception {
		Map<String, Integer> before = counts();
		List<String> through = new ArrayList<>();
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.COORDINATOR))) {
			for (var write : coordinatorWrites()) {
				int status = mvc.perform(as(write.get(), role)).andReturn().getResponse().getStatus();
				if (status != 403) {
					through.add(role + " " + describe(write.get()) + " -> " + status);
				}
			}
		}
		assertThat(through).as("writes not refused").isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theCoordinatorGetsThroughEveryWriteAndNoneEndsInAServerError() throws Exception {
		List<String> refused = new ArrayList<>();
		for (var write : coordinatorWrites()) {
			int status = mvc.perform(as(write.get(), Role.COORDINATOR)).andReturn().getResponse().getStatus();
			if (status == 401 || status == 403 || status >= 500) {
				refused.add(describe(write.get()) + " -> " + status);
			}
		}
		assertThat(refused).isEmpty();
		assertThat(jdbc.sql("select title from network.agreement where id = ?").param(agreement).query(String.class).single()).isEqualTo("Muutettu");
		assertThat(jdbc.sql("select state from network.proposal where id = ?").param(proposal).query(String.class).single()).isEqualTo("REJECTED");
	}

	@Test
	void nobodySignedOutWritesAnything() throws Exception {
		Map<String, Integer> before = counts();
		for (var write : coordinatorWrites()) {
			int status = mvc.perform(write.get().with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as(describe(write.get())).isIn(302, 401);
		}
		assertThat(mvc.perform(post("/network/actions/" + action).param("status", "DONE").param("version", "0").with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(mvc.perform(post("/api/v1/workshops/" + workshop + "/signups").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Nimetön\",\"email\":\"nimeton@example.com\"}").with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anActionIsMarkedOnlyByItsResponsiblePersonOrTheCoordinator() throws Exception {
		Set<Role> allowed = EnumSet.of(Role.RESPONSIBLE_WORKER, Role.COORDINATOR);
		for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
			int page = mvc.perform(as(post("/network/actions/" + action).param("status", "DONE").param("version", "0"), role)).andReturn().getResponse().getStatus();
			int api = mvc.perform(as(post("/api/v1/network/actions/" + action + "/status").contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"DONE\",\"version\":0}"), role)).andReturn().getResponse().getStatus();
			assertThat(List.of(page, api)).as(role.name()).containsOnly(403);
		}
		assertThat(jdbc.sql("select status from network.action where id = ?").param(action).query(String.class).single()).isEqualTo("OPEN");
		assertThat(mvc.perform(as(post("/api/v1/network/actions/" + action + "/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\",\"version\":0}"), Role.RESPONSIBLE_WORKER)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("select status from network.action where id = ?").param(action).query(String.class).single()).isEqualTo("DONE");
	}

	@Test
	void anOrganisationsDetailsAreKeptOnlyByItsOwnContactPerson() throws Exception {
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.PARTNER_WORKER))) {
			assertThat(mvc.perform(as(get("/network/my-organisation"), role)).andReturn().getResponse().getStatus()).as(role.name()).isEqualTo(403);
			assertThat(mvc.perform(as(post("/network/my-organisation").param("website", "https://example.com").param("version", "0"), role)).andReturn()
				.getResponse().getStatus()).as(role.name()).isEqualTo(403);
		}
		int version = jdbc.sql("select version from network.organisation where id = ?").param(NetworkRegion.NGO.value()).query(Integer.class).single();
		assertThat(mvc.perform(as(post("/network/my-organisation").param("website", "https://perheyhdistys.example").param("phone", "014 555 0101")
			.param("version", String.valueOf(version)), Role.PARTNER_WORKER)).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select website from network.organisation where id = ?").param(NetworkRegion.NGO.value()).query(String.class).single())
			.isEqualTo("https://perheyhdistys.example");
	}

	@Test
	void onlyAResidentSignsUpThroughTheApi() throws Exception {
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.RESIDENT))) {
			assertThat(mvc.perform(as(post("/api/v1/workshops/" + workshop + "/signups").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Henkilökunta\",\"email\":\"" + role.name().toLowerCase() + "@example.com\"}"), role)).andReturn().getResponse().getStatus())
				.as(role.name()).isEqualTo(403);
		}
		assertThat(mvc.perform(as(post("/api/v1/workshops/" + workshop + "/signups").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Asukas\",\"email\":\"asukas.api@example.com\",\"mayContact\":true}"), Role.RESIDENT)).andReturn().getResponse().getStatus())
			.isEqualTo(201);
		assertThat(jdbc.sql("select confirmed_at is not null from network.participant where email = 'asukas.api@example.com'").query(Boolean.class).single())
			.as("a signed-in resident needs no confirming").isTrue();
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : List.of("agreement", "agreement_version", "agreement_document", "meeting", "workshop", "proposal", "person", "expert_fee",
				"family_centre", "participant", "network_group", "group_member")) {
			counts.put(table, jdbc.sql("select count(*) from network." + table).query(Integer.class).single());
		}
		counts.put("states", jdbc.sql("select count(*) from network.agreement where state <> 'DRAFT' or version <> 1").query(Integer.class).single()
				+ jdbc.sql("select count(*) from network.proposal where state <> 'SUBMITTED'").query(Integer.class).single()
				+ jdbc.sql("select count(*) from network.workshop where cancelled").query(Integer.class).single());
		return counts;
	}

	private AbstractMockHttpServletRequestBuilder<?> as(AbstractMockHttpServletRequestBuilder<?> request, Role role) {
		return request.with(user(users.loadUserByUsername(NetworkRegion.username(role)))).with(csrf());
	}

	private static String describe(AbstractMockHttpServletRequestBuilder<?> request) {
		var built = request.buildRequest(new MockServletContext());
		return built.getMethod() + " " + built.getRequestURI();
	}
}
