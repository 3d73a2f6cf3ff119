package fi.yhdessa.network.demo;

import fi.yhdessa.network.NetworkDemoInput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Six demo workshops: four held (eighteen, twelve and six months and three weeks ago) and two coming,
 * with synthetic participants (addresses at example.com), proposals accepted with follow-ups in each
 * status and linked to what changed, rejected, merged and waiting, supports, and experts' fees.
 */
@Component
class DemoWorkshops {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;

	DemoWorkshops(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(NetworkDemoInput input, DemoNetworkWriter.Cast cast, UUID agreement, Random random) {
		LocalDate today = input.today();
		NetworkDemoInput.Local first = input.municipalities().getFirst();
		NetworkDemoInput.Local second = input.municipalities().get(1);
		NetworkDemoInput.Local third = input.municipalities().get(2);
		NetworkDemoInput.Local fourth = input.municipalities().get(3);
		UUID action = jdbc.sql("select id from network.action order by due_on desc limit 1").query(UUID.class).optional().orElse(null);

		UUID hours = workshop("Perhekeskuksen aukioloajat", "Milloin perheet pääsevät perhekeskukseen? Aukioloajat, illat ja viikonloput.", first.code(),
				null, first.services(), today.minusMonths(18), "Perhekeskus, Järvilinna", null, 25, 14, random);
		List<UUID> p1 = participants(hours, 14, 2, today.minusMonths(18), random);
		UUID evenings = proposal(hours, p1.get(0), "Illat", "Neuvola ja perheneuvola auki ainakin yhtenä iltana viikossa.", "ACCEPTED",
				"Iltavastaanotto aloitetaan tiistaisin.", null, today.minusMonths(17));
		followUp(evenings, cast.coordinator(), today.minusMonths(12), "DONE", first.services().isEmpty() ? null : "SERVICE",
				first.services().isEmpty() ? null : first.services().getFirst(), "Tiistain iltavastaanotto klo 16–19.");
		UUID weekends = proposal(hours, p1.get(1), "Illat", "Kohtaamispaikka auki myös lauantaisin.", "SUBMITTED", null, null, null);
		merge(weekends, evenings, "Yhdistetty aukioloaikoja koskevaan ehdotukseen; lauantaita kokeillaan kesällä.", today.minusMonths(17));
		proposal(hours, p1.get(2), "Ajanvaraus", "Ajan voisi varata tekstiviestillä.", "REJECTED", "Tekstiviestivaraus ei täytä tietoturvavaatimuksia; sähköinen ajanvaraus on käytössä.",
				null, today.minusMonths(17));
		supports(p1, evenings, 6);

		UUID digital = workshop("Digitaalinen perhekeskus", "Mitä perheet tarvitsevat verkossa: chat, etävastaanotot ja tieto palveluista.", null, agreement,
				List.of(), today.minusMonths(12), null, "https://meet.jarvilaakso.example/tyopaja-digi", 40, 22, random);
		List<UUID> p2 = participants(digital, 22, 3, today.minusMonths(12), random);
		UUID chat = proposal(digital, p2.get(0), "Chat", "Perhekeskuksen chat auki myös iltaisin.", "ACCEPTED", "Chat-päivystys laajennetaan iltoihin sopimuksen mukaisesti.",
				null, today.minusMonths(11));
		followUp(chat, cast.coordinator(), today.plusMonths(1), "IN_PROGRESS", agreement == null ? null : "AGREEMENT", agreement, null);
		proposal(digital, p2.get(1), "Sovellus", "Oma mobiilisovellus perhekeskukselle.", "REJECTED", "Palvelut löytyvät verkkosivulta, joka toimii puhelimella; erillistä sovellusta ei tehdä.",
				null, today.minusMonths(11));
		supports(p2, chat, 9);

		UUID youth = workshop("Nuorten palvelut", "Miten nuoret löytävät avun ilman lähetettä?", third.code(), null, third.services(), today.minusMonths(6),
				"Nuorten talo, Rantala", null, 20, 11, random);
		List<UUID> p3 = participants(youth, 11, 1, today.minusMonths(6), random);
		UUID drop = proposal(youth, p3.get(0), "Matala kynnys", "Nuorten vastaanotto ilman ajanvarausta koulun jälkeen.", "ACCEPTED",
				"Kokeillaan nuorisotalolla kerran viikossa.", null, today.minusMonths(5));
		followUp(drop, cast.partners().getFirst(), today.plusMonths(2), "PLANNED", action == null ? null : "ACTION", action, null);
		proposal(youth, p3.get(1), "Tiedotus", "Tietoa palveluista somessa nuorten kielellä.", "SUBMITTED", null, null, null);
		supports(p3, drop, 5);

		UUID separation = workshop("Eroperheiden tuki", "Mitä tukea eroavat vanhemmat ja heidän lapsensa tarvitsevat?", second.code(), null, second.services(),
				today.minusWeeks(3), "Koivulan perhekeskus", null, 15, 9, random);
		List<UUID> p4 = participants(separation, 9, 1, today.minusWeeks(3), random);
		proposal(separation, p4.get(0), "Vertaistuki", "Vertaisryhmä eronneille isille.", "ACCEPTED", "Ryhmä aloitetaan perheyhdistyksen kanssa.", null,
				today.minusWeeks(1));
		proposal(separation, p4.get(1), "Lasten tuki", "Lapsille oma ryhmä, jossa voi puhua erosta.", "SUBMITTED", null, null, null);
		proposal(separation, p4.get(2), "Sovittelu", "Perheasioiden sovittelu nopeammin.", "SUBMITTED", null, null, null);

		UUID babies = workshop("Vauvaperheiden arki", "Miten tukea vauvaperheitä unen, jaksamisen ja arjen kanssa?", first.code(), null, first.services(),
				today.plusWeeks(2), "Perhekeskus, Järvilinna", "https://meet.jarvilaakso.example/tyopaja-vauvat", 20, 6, random);
		List<UUID> p5 = participants(babies, 6, 0, null, random);
		proposal(babies, p5.getFirst(), "Uni", "Univalmennusta vanhemmille neuvolassa.", "SUBMITTED", null, null, null);

		workshop("Perhekeskus lähellä", "Miten perhekeskuksen palvelut tuodaan kyliin?", fourth.code(), null, fourth.services(), today.plusWeeks(6),
				"Kuusimäen kirjasto", "https://meet.jarvilaakso.example/tyopaja-kylat", 12, 0, random);

		for (int i = 0; i < cast.experts().size(); i++) {
			jdbc.sql("insert into network.expert_fee (id, person_id, workshop_id, paid_on, amount, note) values (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), cast.experts().get(i), List.of(hours, digital, youth, separation).get(i), DemoNetworkWriter.date(today.minusMonths(17 - 4L * i)),
					BigDecimal.valueOf(100), "Työpajan valmistelu ja osallistuminen")
				.update();
		}
	}

	private UUID workshop(String title, String topic, String municipality, UUID agreement, List<UUID> services, LocalDate day, String place, String link,
			int seats, int taken, Random random) {
		UUID id = UUID.randomUUID();
		Instant starts = day.atTime(LocalTime.of(17, 0)).atZone(FINLAND).toInstant();
		jdbc.sql("""
				insert into network.workshop (id, title, topic, municipality_code, agreement_id, starts_at, ends_at, place, remote_link, seats, accessibility, interpretation)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, title, topic, municipality, agreement, Timestamp.from(starts), Timestamp.from(starts.plusSeconds(2 * 3600)), place, link, seats,
					"Esteetön sisäänkäynti, induktiosilmukka", random.nextBoolean() ? "Viittomakielen tulkkaus pyydettäessä" : null)
			.update();
		services.stream().limit(3).forEach(s -> jdbc.sql("insert into network.workshop_service values (?, ?)").params(id, s).update());
		return id;
	}

	private List<UUID> participants(UUID workshop, int count, int removed, LocalDate held, Random random) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			boolean gone = i >= count - removed;
			Instant at = (held == null ? LocalDate.now() : held).minusDays(10 + random.nextInt(20)).atStartOfDay(FINLAND).toInstant();
			String token = HexFormat.of().formatHex(("demo-" + workshop + "-" + i).getBytes(StandardCharsets.UTF_8));
			jdbc.sql("""
					insert into network.participant (id, workshop_id, name, email, expert, may_contact, token_hash, signed_up_at, confirmed_at, removed_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id, workshop, gone ? null : "Osallistuja " + (i + 1), gone ? null : "osallistuja" + (i + 1) + "." + workshop.toString().substring(0, 8) + "@example.com",
						i % 5 == 0, !gone && random.nextBoolean(), token, Timestamp.from(at), Timestamp.from(at.plusSeconds(600)),
						gone ? Timestamp.from(at.plusSeconds(86_400)) : null)
				.update();
			ids.add(id);
		}
		return ids;
	}

	private UUID proposal(UUID workshop, UUID participant, String theme, String text, String state, String reason, UUID mergedInto, LocalDate decided) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.proposal (id, workshop_id, participant_id, theme, text, submitted_at, state, reason, merged_into, decided_at, decided_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, workshop, participant, theme, text, Timestamp.from(decided == null ? Instant.now() : decided.minusWeeks(2).atStartOfDay(FINLAND).toInstant()),
					state, reason, mergedInto,
					decided == null ? null : Timestamp.from(decided.atTime(LocalTime.NOON).atZone(FINLAND).toInstant()), decided == null ? null : "coordinator",
					decided == null ? 0 : 1)
			.update();
		return id;
	}

	private void merge(UUID proposal, UUID into, String reason, LocalDate on) {
		jdbc.sql("update network.proposal set state = 'MERGED', merged_into = ?, reason = ?, decided_at = ?, decided_by = 'coordinator', version = 1 where id = ?")
			.params(into, reason, Timestamp.from(on.atTime(LocalTime.NOON).atZone(FINLAND).toInstant()), proposal)
			.update();
	}

	private void followUp(UUID proposal, UUID responsible, LocalDate due, String status, String linkKind, UUID linkId, String note) {
		jdbc.sql("""
				update network.proposal set follow_up_responsible = ?, follow_up_due = ?, follow_up_status = ?, follow_up_link_kind = ?, follow_up_link_id = ?,
				  follow_up_note = ?, version = version + 1 where id = ?
				""")
			.params(responsible, DemoNetworkWriter.date(due), status, linkId == null ? null : linkKind, linkId, note, proposal)
			.update();
	}

	private void supports(List<UUID> participants, UUID proposal, int count) {
		participants.stream().skip(1).limit(count).forEach(p -> jdbc.sql("insert into network.proposal_support values (?, ?)").params(proposal, p).update());
	}
}
