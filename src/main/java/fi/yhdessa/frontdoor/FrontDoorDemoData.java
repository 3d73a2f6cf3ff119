package fi.yhdessa.frontdoor;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.WorkingDays;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Synthetic front-door records in realistic proportions: most contacts answered or routed within
 * a day, a few still open and some of them overdue; slots for the coming two weeks, about 40 %
 * booked; concern conversations, half with an invitation; notifications with open clocks that
 * are overdue, near and later. Every person is invented.
 */
@Component
class FrontDoorDemoData {

	private static final String[] FIRST = { "Aino", "Eino", "Helmi", "Väinö", "Lilja", "Onni", "Sofia", "Leo", "Ella", "Oliver", "Aada", "Elias",
			"Venla", "Toivo", "Isla", "Otto", "Elsa", "Eetu" };
	private static final String[] LAST = { "Mäkelä", "Koskinen", "Heikkilä", "Laaksonen", "Järvinen", "Salonen", "Lehtonen", "Kallio", "Nurmi",
			"Rantanen", "Saarinen", "Hiltunen" };
	private static final String[][] NEEDS = {
			{ "PARENTING", "Miten asettaa rajoja nelivuotiaalle niin, ettei joka ilta pääty huutoon?" },
			{ "PARENTING", "Uhmaikä on rankka, ja tuntuu, etten jaksa. Kaipaisin vinkkejä." },
			{ "CHILD_DEVELOPMENT", "Kaksivuotias ei vielä puhu juuri ollenkaan. Pitäisikö olla huolissaan?" },
			{ "CHILD_DEVELOPMENT", "Vauva heräilee yöllä joka tunti. Olemme aivan uupuneita." },
			{ "EVERYDAY_LIFE", "Arki kolmen lapsen kanssa ei suju, kun puoliso on vuorotöissä." },
			{ "RELATIONSHIPS", "Olemme eroamassa ja mietimme, miten kertoa lapsille." },
			{ "RELATIONSHIPS", "Riitelemme paljon, ja lapset kuulevat sen. Tarvitsemme apua." },
			{ "SCHOOL_AND_DAYCARE", "Yläkouluikäinen ei halua mennä kouluun aamuisin." },
			{ "SCHOOL_AND_DAYCARE", "Päiväkodissa sanottiin, että lapsi on levoton. Mistä saisimme tukea?" },
			{ "MOOD_AND_MENTAL_HEALTH", "Teini on vetäytynyt huoneeseensa eikä puhu meille." },
			{ "MOOD_AND_MENTAL_HEALTH", "Synnytyksen jälkeen olen ollut alakuloinen. Kenelle voisi puhua?" },
			{ "SUBSTANCES", "Epäilen, että 15-vuotias on kokeillut päihteitä." },
			{ "MONEY_AND_HOUSING", "Rahat eivät riitä vuokraan ja ruokaan. Mistä saa apua?" },
			{ "VIOLENCE_OR_SAFETY", "Kotona on pelottavaa, kun isä juo. Haluaisin puhua jonkun kanssa." },
			{ "OTHER", "Muutimme juuri paikkakunnalle. Mitä palveluja perheille täällä on?" } };
	private static final String[] ANSWERS = { "Kiitos yhteydenotosta. Soitin ja sovimme, että perhe tulee perhekerhoon ja saa neuvolasta lisätukea.",
			"Vastasimme viestillä ja kerroimme perheen palveluista. Ota rohkeasti uudelleen yhteyttä.",
			"Ohjasimme perheneuvolaan, jonne ei tarvita lähetettä. Perheneuvola ottaa yhteyttä viikon sisällä.",
			"Tarjosimme etätapaamista perheohjaajan kanssa." };
	private static final String[] COMMENTS = { "Ystävällinen vastaanotto, ja sain heti ajan.", "Olisin toivonut iltavastaanottoa.",
			"Työntekijä kuunteli ja otti lapsen huomioon.", "Oli vaikea löytää oikea ovi.", "Etätapaaminen sopi meille hyvin.",
			"Sain paljon hyviä vinkkejä arkeen.", "Jonotus puhelimessa kesti pitkään." };
	private static final BookingMode[] MODES = BookingMode.values();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final WorkingDays workingDays;
	private final Network network;
	private final Contacts contacts;

	FrontDoorDemoData(JdbcClient jdbc, Clock clock, WorkingDays workingDays, Network network, Contacts contacts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.workingDays = workingDays;
		this.network = network;
		this.contacts = contacts;
	}

	void generate(FrontDoor.DemoVolume volume) {
		Random random = new Random(volume.seed());
		LocalDate today = LocalDate.now(clock);
		ZoneId zone = clock.getZone();
		List<Municipality> municipalities = network.municipalities();
		Unit guidance = contacts.guidanceUnit();
		List<Unit> bookable = new ArrayList<>(List.of(guidance));
		bookable.addAll(network.units(UnitKind.FAMILY_SOCIAL_WORK));
		bookable.addAll(network.units(UnitKind.FAMILY_COUNSELLING));
		bookable.addAll(network.units(UnitKind.CHILD_HEALTH_CLINIC).stream().limit(2).toList());

		List<UUID> routedToBooking = new ArrayList<>();
		for (int i = 0; i < volume.contacts(); i++) {
			LocalDate received = workingDayBefore(today, random.nextInt(22));
			boolean open = received.isAfter(workingDayBefore(today, 2)) || random.nextInt(100) < 3;
			contact(random, received, open, municipalities, guidance, bookable, i < volume.residents().size() * 2
					? volume.residents().get(i % volume.residents().size()) : null, volume.authors(), zone, routedToBooking);
		}
		slots(random, today, bookable, routedToBooking, volume.residents(), zone);
		feedback(random, today, bookable);
		concerns(random, volume, today, zone);
		notifications(random, volume, today, municipalities, zone);
	}

	/** One contact; one routed to an appointment is added to {@code routedToBooking}, to get a booking. */
	private void contact(Random random, LocalDate received, boolean open, List<Municipality> municipalities, Unit guidance, List<Unit> bookable,
			UUID resident, List<FrontDoor.DemoAuthor> authors, ZoneId zone, List<UUID> routedToBooking) {
		String[] need = NEEDS[random.nextInt(NEEDS.length)];
		int originRoll = random.nextInt(100);
		String origin = resident != null ? "RESIDENT" : originRoll < 60 ? "RESIDENT" : originRoll < 85 ? "ANONYMOUS" : "PROFESSIONAL";
		FrontDoor.DemoAuthor author = origin.equals("PROFESSIONAL") && !authors.isEmpty() ? authors.get(random.nextInt(authors.size())) : null;
		if (origin.equals("PROFESSIONAL") && author == null) {
			origin = "RESIDENT";
		}
		Instant at = earlierOf(received.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant(),
				Instant.now(clock).minusSeconds(60L * (5 + random.nextInt(120))));
		String outcome = null;
		UUID routedUnit = null;
		String mode = null;
		if (!open) {
			int roll = random.nextInt(100);
			outcome = roll < 45 ? "ANSWERED" : roll < 65 ? "ROUTED_TO_SERVICE" : roll < 90 ? "ROUTED_TO_BOOKING" : "ROUTED_TO_ASSESSMENT";
			if (outcome.equals("ROUTED_TO_BOOKING")) {
				routedUnit = bookable.get(random.nextInt(bookable.size())).id().value();
				mode = random.nextBoolean() ? "VIDEO" : "IN_PERSON";
			}
		}
		UUID id = UUID.randomUUID();
		String family = author != null ? FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] : null;
		jdbc.sql("""
				insert into frontdoor.contact (id, reference, unit_id, origin, submitted_by, submitter_unit_id, resident_id, family_name, family_consent, need,
				  topic, child_age, municipality, language, answer_by, phone, email, private_link_hash, received_at, answer_due, urgency, triaged_at,
				  assigned_to, outcome, answer, routed_unit_id, routed_mode, closed_at, closed_by)
				values (:id, :reference, :unit, :origin, :by, :byUnit, :resident, :family, :consent, :need, :topic, :age, :municipality, 'fi', :answerBy,
				  :phone, :email, :link, :at, :due, :urgency, :triaged, :assigned, :outcome, :answer, :routedUnit, :mode, :closed, :closedBy)
				""")
			.param("id", id)
			.param("reference", contacts.reference("YH", "frontdoor.contact_number", received))
			.param("unit", guidance.id().value())
			.param("origin", origin)
			.param("by", author == null ? null : author.username())
			.param("byUnit", author == null ? null : author.unitId())
			.param("resident", resident)
			.param("family", family)
			.param("consent", author != null)
			.param("need", need[1])
			.param("topic", need[0])
			.param("age", random.nextInt(18))
			.param("municipality", municipalities.get(random.nextInt(municipalities.size())).code())
			.param("answerBy", Contact.AnswerBy.values()[random.nextInt(4)].name())
			.param("phone", "040 " + (1000000 + random.nextInt(8999999)))
			.param("email", origin.equals("ANONYMOUS") ? null : "perhe" + random.nextInt(100000) + "@example.fi")
			.param("link", origin.equals("ANONYMOUS") ? Contacts.hash(UUID.randomUUID().toString()) : null)
			.param("at", Timestamp.from(at))
			.param("due", workingDays.afterWorkingDays(received, 1))
			.param("urgency", open && random.nextBoolean() ? null : Contact.Urgency.values()[random.nextInt(3)].name())
			.param("triaged", open ? null : Timestamp.from(at.plusSeconds(3600)))
			.param("assigned", open && random.nextBoolean() ? null : "guide")
			.param("outcome", outcome)
			.param("answer", outcome == null ? null : ANSWERS[random.nextInt(ANSWERS.length)])
			.param("routedUnit", routedUnit)
			.param("mode", mode)
			.param("closed", outcome == null ? null : Timestamp.from(at.plusSeconds(3600L * (2 + random.nextInt(20)))))
			.param("closedBy", outcome == null ? null : "guide")
			.update();
		if (routedUnit != null) {
			routedToBooking.add(id);
		}
	}

	/** Slots for the past week and the coming two, about 40 % booked (past ones 80 %), some by the routed contacts. */
	private void slots(Random random, LocalDate today, List<Unit> units, List<UUID> routedContacts, List<UUID> residents, ZoneId zone) {
		int routed = 0;
		for (Unit unit : units) {
			for (int d = -5; d <= 10; d++) {
				LocalDate day = today.plusDays(d);
				if (!workingDays.isWorkingDay(day)) {
					continue;
				}
				for (int s = 0; s < 6; s++) {
					BookingMode mode = MODES[(s + d + 10) % MODES.length];
					Instant start = day.atTime(LocalTime.of(9 + s, 0)).atZone(zone).toInstant();
					UUID slot = UUID.randomUUID();
					jdbc.sql("""
							insert into frontdoor.slot (id, unit_id, starts_at, minutes, mode, place, published_by, published_at)
							values (?, ?, ?, 45, ?, ?, 'demo', ?)
							""")
						.params(slot, unit.id().value(), Timestamp.from(start), mode.name(),
								mode == BookingMode.OUTREACH ? "Kirjaston perhekahvila" : mode == BookingMode.IN_PERSON ? "Perhekeskus" : null,
								Timestamp.from(start.minusSeconds(86_400L * 14)))
						.update();
					if (random.nextInt(100) < (d < 0 ? 80 : 40)) {
						UUID contact = routed < routedContacts.size() && d >= 0 ? routedContacts.get(routed++) : null;
						UUID resident = contact == null && !residents.isEmpty() && random.nextInt(40) == 0 ? residents.get(random.nextInt(residents.size())) : null;
						String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
						jdbc.sql("""
								insert into frontdoor.booking (id, slot_id, booked_by, resident_id, contact_id, name, email, phone, language, meeting_link, booked_at)
								values (?, ?, null, ?, ?, ?, ?, ?, 'fi', ?, ?)
								""")
							.params(UUID.randomUUID(), slot, resident, contact, name, "varaaja" + random.nextInt(100000) + "@example.fi",
									"040 " + (1000000 + random.nextInt(8999999)),
									mode == BookingMode.VIDEO ? "https://video.jarvilaakso.example/room/demo" + Integer.toHexString(random.nextInt()) : null,
									Timestamp.from(start.minusSeconds(86_400L * (1 + random.nextInt(7)))))
							.update();
					}
				}
			}
		}
	}

	/** Anonymous feedback for the past six months: most of it good, some partly, a little not. */
	private void feedback(Random random, LocalDate today, List<Unit> units) {
		String[] answers = { "YES", "YES", "YES", "YES", "PARTLY", "PARTLY", "NO" };
		for (Unit unit : units) {
			for (int m = 0; m < 6; m++) {
				LocalDate month = today.minusMonths(m).withDayOfMonth(1);
				for (int i = 0; i < 2 + random.nextInt(6); i++) {
					boolean commented = random.nextInt(3) == 0;
					jdbc.sql("""
							insert into frontdoor.feedback (id, unit_id, about, month, easy_to_come, welcome, helped, comment, comment_released_on)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?)
							""")
						.params(UUID.randomUUID(), unit.id().value(), random.nextBoolean() ? "CONTACT" : "APPOINTMENT", month,
								answers[random.nextInt(answers.length)], answers[random.nextInt(answers.length)], answers[random.nextInt(answers.length)],
								commented ? COMMENTS[random.nextInt(COMMENTS.length)] : null, commented ? Feedback.releaseOf(month) : null)
						.update();
				}
			}
		}
	}

	private void concerns(Random random, FrontDoor.DemoVolume volume, LocalDate today, ZoneId zone) {
		if (volume.authors().isEmpty()) {
			return;
		}
		List<Unit> invited = new ArrayList<>(network.units(UnitKind.FAMILY_SOCIAL_WORK));
		invited.addAll(network.units(UnitKind.FAMILY_COUNSELLING));
		invited.addAll(network.units(UnitKind.NGO_FAMILY_ACTIVITIES).stream().limit(2).toList());
		String[] levels = { "NONE", "NONE", "NONE", "SMALL", "SMALL", "SMALL", "SMALL", "GREY_ZONE", "GREY_ZONE", "GREAT" };
		for (int i = 0; i < Math.max(10, volume.contacts() / 3); i++) {
			FrontDoor.DemoAuthor author = volume.authors().get(random.nextInt(volume.authors().size()));
			String level = levels[random.nextInt(levels.length)];
			boolean invites = !invited.isEmpty() && !level.equals("NONE") && random.nextInt(100) < 60;
			Instant at = workingDayBefore(today, random.nextInt(30)).atTime(9 + random.nextInt(7), 0).atZone(zone).toInstant();
			String status = invites ? new String[] { "OPEN", "OPEN", "ACCEPTED", "MET" }[random.nextInt(4)] : null;
			jdbc.sql("""
					insert into frontdoor.concern (id, unit_id, organisation_id, author, child_name, child_birth_year, level, discussed, agreed,
					  invited_unit_id, family_consent, consent_recorded_at, held_at, invitation_status, invitation_handled_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(UUID.randomUUID(), author.unitId(), author.organisationId(), author.username(),
						FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)], today.getYear() - 1 - random.nextInt(12), level,
						"Puhuttiin lapsen unesta, leikeistä ja siitä, miten arki sujuu kotona.", "Sovittiin seurannasta ja uudesta keskustelusta kuukauden päästä.",
						invites ? invited.get(random.nextInt(invited.size())).id().value() : null, invites, invites ? Timestamp.from(at) : null,
						Timestamp.from(at), status, status == null || status.equals("OPEN") ? null : "worker")
				.update();
		}
	}

	/** Notifications: about a third still waiting for the decision, received over the past two weeks, so some clocks are overdue. */
	private void notifications(Random random, FrontDoor.DemoVolume volume, LocalDate today, List<Municipality> municipalities, ZoneId zone) {
		UUID unit = network.units(UnitKind.CHILD_WELFARE).getFirst().id().value();
		for (int i = 0; i < Math.max(12, volume.contacts() / 4); i++) {
			LocalDate received = workingDayBefore(today, random.nextInt(i % 3 == 0 ? 10 : 25));
			LocalDate due = workingDays.afterWorkingDays(received, Notifications.DECISION_WORKING_DAYS);
			boolean open = i % 3 == 0;
			boolean professional = random.nextInt(100) < 70 && !volume.authors().isEmpty();
			FrontDoor.DemoAuthor author = professional ? volume.authors().get(random.nextInt(volume.authors().size())) : null;
			Instant at = received.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant();
			boolean assessed = !open || random.nextBoolean();
			LocalDate decidedOn = open ? null : minDate(workingDays.afterWorkingDays(received, 1 + random.nextInt(7)), today);
			jdbc.sql("""
					insert into frontdoor.notification (id, reference, unit_id, reporter_kind, reported_by, reporter_unit_id, reporter_name, child_name,
					  child_birth_year, municipality, description, received_at, decision_due, urgency, urgency_assessed_at, urgency_assessed_by, decision,
					  decision_reasons, decided_at, decided_by, child_notified_on, guardians_notified_on)
					values (:id, :reference, :unit, :kind, :by, :byUnit, :name, :child, :born, :municipality, :description, :at, :due, :urgency, :assessedAt,
					  :assessedBy, :decision, :reasons, :decidedAt, :decidedBy, :notified, :notified)
					""")
				.param("id", UUID.randomUUID())
				.param("reference", contacts.reference("LS", "frontdoor.notification_number", received))
				.param("unit", unit)
				.param("kind", professional ? "PROFESSIONAL" : "RESIDENT")
				.param("by", author == null ? null : author.username())
				.param("byUnit", author == null ? null : author.unitId())
				.param("name", author == null ? null : author.displayName())
				.param("child", FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)])
				.param("born", today.getYear() - 1 - random.nextInt(16))
				.param("municipality", municipalities.get(random.nextInt(municipalities.size())).code())
				.param("description", "Lapsi on kertonut, että kotona on usein riitaa ja hän pelkää. Ilmoittaja on huolissaan lapsen turvallisuudesta.")
				.param("at", Timestamp.from(at))
				.param("due", due)
				.param("urgency", assessed ? Notification.Urgency.values()[1 + random.nextInt(2)].name() : null)
				.param("assessedAt", assessed ? Timestamp.from(at.plusSeconds(1800)) : null)
				.param("assessedBy", assessed ? "intake" : null)
				.param("decision", open ? null : random.nextInt(100) < 55 ? "START_ASSESSMENT" : "NO_ASSESSMENT")
				.param("reasons", open ? null : "Tilanne selvitettiin puhelimitse huoltajien kanssa.")
				.param("decidedAt", open ? null : Timestamp.from(decidedOn.atTime(14, 0).atZone(zone).toInstant()))
				.param("decidedBy", open ? null : "intake")
				.param("notified", open ? null : decidedOn)
				.update();
		}
	}

	private LocalDate workingDayBefore(LocalDate day, int workingDaysBack) {
		LocalDate result = day;
		int back = 0;
		while (back < workingDaysBack || !workingDays.isWorkingDay(result)) {
			result = result.minusDays(1);
			if (workingDays.isWorkingDay(result)) {
				back++;
			}
		}
		return result;
	}

	private static Instant earlierOf(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate minDate(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
