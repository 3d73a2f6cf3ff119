package fi.yhdessa.network.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two years of meetings for each demo group, at the group's rhythm, each with an agenda, minutes, a
 * decision or two and an action or two; old actions mostly done, recent ones open, a few overdue —
 * and some for the coordinator and the responsible worker, so that their worklists have them.
 */
final class DemoMeetings {

	/** A group with its members and how often it meets. */
	record GroupOf(UUID id, List<UUID> members, int everyDays) {
	}

	private static final List<String[]> TOPICS = List.of(
			new String[] { "Perhekeskuksen palveluohjauksen tilanne", "Sovittiin yhteisestä palveluohjauksen mallista.", "Kootaan palveluohjauksen kysymykset yhteen" },
			new String[] { "Kohtaamispaikkojen aukioloajat", "Kohtaamispaikat auki myös kahtena iltana viikossa.", "Selvitetään iltojen tilat kunnan kanssa" },
			new String[] { "Hyvinvointisuunnitelman painopisteet", "Mielen hyvinvointi ja päihteiden ehkäisy painopisteiksi.", "Valmistellaan painopisteiden mittarit" },
			new String[] { "Eroperheiden tuki", "Eroauttamisen ryhmät aloitetaan kahdessa kunnassa.", "Sovitaan ryhmien ohjaajat järjestön kanssa" },
			new String[] { "Nuorten matalan kynnyksen palvelut", "Nuorten chat laajennetaan koko alueelle.", "Laaditaan chatin päivystysvuorot" },
			new String[] { "Kokemusasiantuntijoiden käyttö", "Kokemusasiantuntija mukaan jokaiseen työpajaan.", "Päivitetään kokemusasiantuntijoiden palkkiot" },
			new String[] { "Yhteistyösopimusten tarkistus", "Sopimusten sitoumukset käydään läpi syksyllä.", "Kootaan kuntien sitoumusten toteutuminen" });

	private final JdbcClient jdbc;
	private final LocalDate today;
	private final Random random;

	DemoMeetings(JdbcClient jdbc, LocalDate today, Random random) {
		this.jdbc = jdbc;
		this.today = today;
		this.random = random;
	}

	void write(List<GroupOf> groups, DemoNetworkWriter.Cast cast) {
		for (GroupOf group : groups) {
			for (LocalDate held = today.minusYears(2).plusDays(random.nextInt(group.everyDays())); held.isBefore(today); held = held.plusDays(group.everyDays())) {
				meeting(group, held, cast);
			}
		}
	}

	private void meeting(GroupOf group, LocalDate held, DemoNetworkWriter.Cast cast) {
		String[] topic = TOPICS.get(random.nextInt(TOPICS.size()));
		UUID meeting = UUID.randomUUID();
		jdbc.sql("insert into network.meeting (id, group_id, held_on, place, agenda, minutes) values (?, ?, ?, ?, ?, ?)")
			.params(meeting, group.id(), DemoNetworkWriter.date(held), random.nextInt(3) == 0 ? "Teams" : "Perhekeskus, neuvotteluhuone",
					"1. Kokouksen avaus\n2. " + topic[0] + "\n3. Muut asiat", "Keskusteltiin aiheesta " + topic[0].toLowerCase(Locale.ROOT) + ". " + topic[1])
			.update();
		jdbc.sql("insert into network.decision values (?, ?, ?, 0)").params(UUID.randomUUID(), meeting, topic[1]).update();
		int actions = 1 + random.nextInt(2);
		for (int i = 0; i < actions; i++) {
			LocalDate due = held.plusDays(14 + random.nextInt(45));
			UUID responsible = responsible(group, cast, due);
			String status = due.isBefore(today.minusDays(10)) ? (random.nextInt(10) == 0 ? "CANCELLED" : random.nextInt(8) == 0 ? "OPEN" : "DONE") : "OPEN";
			jdbc.sql("insert into network.action (id, meeting_id, description, responsible_id, due_on, status, done_on) values (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), meeting, topic[2], responsible, DemoNetworkWriter.date(due), status,
						"DONE".equals(status) ? DemoNetworkWriter.date(due.minusDays(random.nextInt(10))) : null)
				.update();
		}
	}

	/** A member of the group; the coordinator or the worker when they are members and the action is recent, so that their worklists show some. */
	private UUID responsible(GroupOf group, DemoNetworkWriter.Cast cast, LocalDate due) {
		if (!due.isBefore(today.minusDays(20)) && random.nextBoolean()) {
			if (group.members().contains(cast.coordinator())) {
				return cast.coordinator();
			}
			if (group.members().contains(cast.worker())) {
				return cast.worker();
			}
		}
		return group.members().get(random.nextInt(group.members().size()));
	}
}
