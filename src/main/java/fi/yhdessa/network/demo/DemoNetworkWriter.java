package fi.yhdessa.network.demo;

import fi.yhdessa.network.NetworkDemoInput;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo network in the network's own tables, deterministically from the seed: people,
 * family centres, groups with two years of meetings, then agreements and workshops
 * ({@link DemoCoDevelopment}). Every record is in a state its aggregate allows.
 */
@Component
public class DemoNetworkWriter {

	private static final List<String> FIRST = List.of("Anna", "Mikko", "Laura", "Jussi", "Heidi", "Timo", "Satu", "Petri", "Elina", "Markku", "Riikka",
			"Janne", "Tiina", "Olli", "Hanna", "Kari", "Minna", "Sami", "Päivi", "Teemu");
	private static final List<String> LAST = List.of("Lahtinen", "Nieminen", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen",
			"Turunen", "Laine", "Mäkelä", "Hämäläinen", "Kinnunen", "Tuominen", "Rantanen", "Karjalainen", "Ahonen", "Lindqvist");

	private final JdbcClient jdbc;
	private final DemoCoDevelopment coDevelopment;

	DemoNetworkWriter(JdbcClient jdbc, DemoCoDevelopment coDevelopment) {
		this.jdbc = jdbc;
		this.coDevelopment = coDevelopment;
	}

	/** The people the rest of the demo refers to. */
	record Cast(UUID coordinator, UUID analyst, UUID worker, UUID worker2, UUID ngo, UUID editor, Map<String, UUID> contacts, List<UUID> officials,
			List<UUID> experts, List<UUID> partners) {
	}

	public void write(NetworkDemoInput input) {
		Random random = new Random(input.seed());
		Cast cast = people(input, random);
		input.municipalities().forEach(m -> centre(input, m, cast, random));
		new DemoMeetings(jdbc, input.today(), random).write(groups(input, cast), cast);
		coDevelopment.write(input, cast, random);
	}

	private Cast people(NetworkDemoInput input, Random random) {
		Map<String, NetworkDemoInput.Account> a = input.accounts();
		UUID coordinator = person(a.get("coordinator").displayName(), "PROFESSIONAL", input.county(), "Perhekeskustoiminnan koordinaattori",
				"koordinaattori@jarvilaakso.example", a.get("coordinator").id(), List.of(), false);
		UUID analyst = person(a.get("analyst").displayName(), "PROFESSIONAL", input.county(), "Hyvinvointikoordinaattori", "analyytikko@jarvilaakso.example",
				a.get("analyst").id(), List.of(), false);
		UUID worker = person(a.get("worker").displayName(), "PROFESSIONAL", input.county(), "Sosiaalityöntekijä", "vastuutyontekija@jarvilaakso.example",
				a.get("worker").id(), List.of(), false);
		UUID worker2 = person(a.get("worker2").displayName(), "PROFESSIONAL", input.county(), "Sosiaalityöntekijä", "vastuutyontekija2@jarvilaakso.example",
				a.get("worker2").id(), List.of(), false);
		UUID ngo = person(a.get("ngo").displayName(), "NGO_REPRESENTATIVE", a.get("ngo").organisationId(), "Perhetoiminnan koordinaattori",
				"jarjesto@mll.example", a.get("ngo").id(), List.of(), true);
		UUID editor = person(a.get("editor").displayName(), "NGO_REPRESENTATIVE", a.get("editor").organisationId(), "Toiminnanjohtaja",
				"toimisto@perheyhdistys.example", a.get("editor").id(), List.of(), true);
		Map<String, UUID> contacts = new LinkedHashMap<>();
		for (NetworkDemoInput.Local m : input.municipalities()) {
			contacts.put(m.code(), person(name(random), "PROFESSIONAL", m.municipalityOrganisation(), "Perhekeskuksen yhdyshenkilö",
					"perhekeskus." + m.code() + "@jarvilaakso.example", null, List.of(), false));
		}
		List<UUID> officials = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			officials.add(person(name(random), "ELECTED_OFFICIAL", input.municipalities().get(i).municipalityOrganisation(),
					i == 0 ? "Hyvinvointilautakunnan puheenjohtaja" : "Aluevaltuutettu", null, null, List.of(), false));
		}
		List<List<String>> themes = List.of(List.of("ero", "vanhemmuus"), List.of("mielenterveys", "nuoret"), List.of("uusperhe", "talous"),
				List.of("maahanmuutto", "kieli"));
		List<UUID> experts = new ArrayList<>();
		for (List<String> t : themes) {
			experts.add(person(name(random), "EXPERT_BY_EXPERIENCE", null, "Kokemusasiantuntija", null, null, t, false));
		}
		List<UUID> partners = new ArrayList<>();
		partners.add(person(name(random), "NGO_REPRESENTATIVE", input.youthHouse(), "Nuorisotyöntekijä", "nuorisotyo@nuortentalo.example", null,
				List.of(), true));
		partners.add(person(name(random), "NGO_REPRESENTATIVE", input.municipalities().getFirst().parish(), "Perhetyöntekijä",
				"perhetyo@seurakunta.example", null, List.of(), true));
		partners.add(person(name(random), "PROFESSIONAL", input.kela(), "Palveluasiantuntija", "perheet@kela.example", null, List.of(), true));
		return new Cast(coordinator, analyst, worker, worker2, ngo, editor, contacts, officials, experts, partners);
	}

	private void centre(NetworkDemoInput input, NetworkDemoInput.Local m, Cast cast, Random random) {
		UUID id = UUID.nameUUIDFromBytes(("family-centre/" + m.code()).getBytes(StandardCharsets.UTF_8));
		jdbc.sql("""
				insert into network.family_centre (id, municipality_code, name_fi, name_sv, name_en, intro_fi, intro_sv, intro_en)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, m.code(), m.genitiveFi() + " perhekeskus", "Familjecentralen i " + m.nameSv(), m.nameFi() + " family centre",
					m.genitiveFi() + " perhekeskus kokoaa lasten, nuorten ja perheiden palvelut: neuvolan, perheneuvolan, kohtaamispaikat ja järjestöjen toiminnan. Tule ilman lähetettä.",
					"Familjecentralen samlar tjänsterna för barn, unga och familjer: rådgivningen, familjerådgivningen, mötesplatserna och organisationernas verksamhet. Kom utan remiss.",
					"The family centre brings together services for children, young people and families: the clinic, family counselling, meeting places and the activities of NGOs. Come without a referral.")
			.update();
		for (int i = 0; i < m.places().size(); i++) {
			jdbc.sql("insert into network.family_centre_site values (?, ?, ?)").params(id, m.places().get(i), i == 0).update();
		}
		String slug = m.nameFi().toLowerCase(Locale.ROOT).replace('ä', 'a').replace('ö', 'o');
		channel(id, 0, "WEB", "Perhekeskuksen verkkosivut", "https://www." + slug + ".example/perhekeskus");
		channel(id, 1, "PHONE", "Perheiden neuvontapuhelin", "014 555 " + m.code().substring(1) + "0");
		if (random.nextBoolean() || m.code().equals("801")) {
			channel(id, 2, "CHAT", "Perhekeskuksen chat", "https://chat.jarvilaakso.example/perhekeskus/" + m.code());
		}
		for (UUID organisation : Arrays.asList(input.county(), m.municipalityOrganisation(), m.parish(), m.ngo(), input.kela(), input.familyAssociation())) {
			if (organisation != null) {
				jdbc.sql("insert into network.family_centre_organisation values (?, ?) on conflict do nothing").params(id, organisation).update();
			}
		}
		jdbc.sql("insert into network.family_centre_contact values (?, ?)").params(id, cast.contacts().get(m.code())).update();
	}

	private void channel(UUID centre, int position, String kind, String name, String address) {
		jdbc.sql("insert into network.family_centre_channel (id, family_centre_id, kind, name_fi, address, position) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), centre, kind, name, address, position)
			.update();
	}

	private List<DemoMeetings.GroupOf> groups(NetworkDemoInput input, Cast cast) {
		List<DemoMeetings.GroupOf> groups = new ArrayList<>();
		List<UUID> steering = new ArrayList<>(List.of(cast.analyst(), cast.coordinator(), cast.ngo(), cast.experts().getFirst()));
		steering.addAll(cast.officials());
		groups.add(group("STEERING", "Perhekeskusten ohjausryhmä", "Styrgruppen för familjecentralerna", "Steering group of the family centres",
				"Johtaa perhekeskusten kehittämistä ja hyvinvointisuunnitelman lasten ja perheiden painopisteitä.", null, steering, 60));
		String[][] areas = { { "north", "Pohjoisen alueen länsiosa", "801", "802", "804" }, { "north", "Pohjoisen alueen itäosa", "806", "807", "810" },
				{ "south", "Eteläisen alueen länsiosa", "803", "805", "809" }, { "south", "Eteläisen alueen itäosa", "808", "811" } };
		for (String[] area : areas) {
			List<UUID> members = new ArrayList<>(List.of(area[0].equals("north") ? cast.worker() : cast.worker2()));
			for (int i = 2; i < area.length; i++) {
				members.add(cast.contacts().get(area[i]));
			}
			members.add(cast.partners().get(1));
			groups.add(group("AREA", "Alueryhmä: " + area[1], "Områdesgrupp: " + area[1], "Area group: " + area[1],
					"Yhteensovittaa alueen palvelut ja vie alueen tarpeet ohjausryhmälle.", area[0], members, 91));
		}
		List<UUID> contactNetwork = new ArrayList<>(List.of(cast.coordinator()));
		contactNetwork.addAll(cast.contacts().values());
		groups.add(group("CONTACT_PERSONS", "Perhekeskusten yhdyshenkilöverkosto", "Nätverket av familjecentralernas kontaktpersoner",
				"Network of family-centre contact persons", "Kuntien perhekeskusyhdyshenkilöiden alueellinen verkosto: tieto kulkee kuntien ja alueen välillä.",
				null, contactNetwork, 30));
		groups.add(group("YOUTH_WELLBEING", "Nuorten hyvinvointiryhmä", "Gruppen för ungas välbefinnande", "Youth wellbeing group",
				"Seuraa nuorten hyvinvointia ja kehittää matalan kynnyksen palveluja nuorten kanssa.", null,
				List.of(cast.partners().getFirst(), cast.worker(), cast.experts().get(1), cast.coordinator()), 91));
		return groups;
	}

	private DemoMeetings.GroupOf group(String kind, String fi, String sv, String en, String purpose, String area, List<UUID> members, int everyDays) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into network.network_group (id, kind, name_fi, name_sv, name_en, purpose_fi, area_code) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, kind, fi, sv, en, purpose, area)
			.update();
		for (int i = 0; i < members.size(); i++) {
			jdbc.sql("insert into network.group_member values (?, ?, ?) on conflict do nothing")
				.params(id, members.get(i), i == 0 ? "CHAIR" : i == 1 ? "SECRETARY" : "MEMBER")
				.update();
		}
		return new DemoMeetings.GroupOf(id, members, everyDays);
	}

	private UUID person(String name, String kind, UUID organisation, String title, String email, UUID account, List<String> themes, boolean contact) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.person (id, name, kind, organisation_id, title, email, account_id, themes, organisation_contact)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, name, kind, organisation, title, email, account, themes.toArray(String[]::new), contact)
			.update();
		return id;
	}

	private static String name(Random random) {
		return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
	}

	static Date date(LocalDate day) {
		return Date.valueOf(day);
	}
}
