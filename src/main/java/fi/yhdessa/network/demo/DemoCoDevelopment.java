package fi.yhdessa.network.demo;

import fi.yhdessa.network.NetworkDemoInput;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's agreements — in force in most municipalities, one expiring next month, one of each
 * other state, the last municipality without one — three partnerships, and six workshops, past and
 * coming, with participants, proposals in every state and fees of experts by experience.
 */
@Component
class DemoCoDevelopment {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;
	private final DemoWorkshops workshops;

	DemoCoDevelopment(JdbcClient jdbc, DemoWorkshops workshops) {
		this.jdbc = jdbc;
		this.workshops = workshops;
	}

	void write(NetworkDemoInput input, DemoNetworkWriter.Cast cast, Random random) {
		LocalDate today = input.today();
		LocalDate yearStart = today.withDayOfYear(1);
		List<NetworkDemoInput.Local> ms = input.municipalities();
		UUID firstAgreement = null;
		for (int i = 0; i < ms.size() - 1; i++) {
			NetworkDemoInput.Local m = ms.get(i);
			String[] states = switch (i) {
				case 1 -> new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE" };
				case 2 -> new String[] { "DRAFT" };
				case 3 -> new String[] { "DRAFT", "NEGOTIATED" };
				case 4 -> new String[] { "DRAFT", "NEGOTIATED", "SIGNED" };
				case 5 -> new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE", "EXPIRED" };
				case 6 -> new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE", "ENDED" };
				default -> new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE" };
			};
			LocalDate starts = switch (i) {
				case 1 -> today.minusYears(2).withDayOfMonth(1);
				case 4 -> today.plusMonths(1).withDayOfMonth(1);
				case 5 -> yearStart.minusYears(2);
				default -> yearStart.minusYears(1);
			};
			LocalDate ends = switch (i) {
				case 1 -> today.plusMonths(1);
				case 5 -> today.minusMonths(1);
				default -> starts.plusYears(3).minusDays(1);
			};
			LocalDate review = i == 0 ? today.plusDays(20) : ends.minusMonths(3).isAfter(today) ? ends.minusMonths(3) : null;
			UUID id = agreement("COUNTY_MUNICIPALITY", m.genitiveFi() + " ja hyvinvointialueen perhekeskussopimus", m.code(), starts, ends, review, states,
					List.of(input.county(), m.municipalityOrganisation()), m.services(), List.of(cast.coordinator(), cast.contacts().get(m.code())));
			commitment(id, m.municipalityOrganisation(), "PREMISES", "Kohtaamispaikan tilat perhekeskuksessa maksutta", null, 0);
			commitment(id, input.county(), "STAFF_HOURS", "Perheohjaaja kohtaamispaikassa kaksi päivää viikossa", null, 1);
			commitment(id, m.municipalityOrganisation(), "FUNDING", "Kunnan osuus perhekeskuksen toiminnasta", BigDecimal.valueOf(20_000L + 5_000L * random.nextInt(8)), 2);
			if (i == 6) {
				agreement("COUNTY_MUNICIPALITY", m.genitiveFi() + " perhekeskussopimus (uusittu)", m.code(), yearStart, yearStart.plusYears(3).minusDays(1), null,
						new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE" }, List.of(input.county(), m.municipalityOrganisation()), m.services(),
						List.of(cast.coordinator()));
			}
			if (i == 0) {
				firstAgreement = id;
			}
		}
		NetworkDemoInput.Local first = ms.getFirst();
		UUID mll = agreement("NGO_PARTNERSHIP", "MLL:n perhekahvilat perhekeskuksessa", first.code(), yearStart.minusYears(1), yearStart.plusYears(2).minusDays(1),
				null, new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE" }, List.of(input.county(), first.ngo()), first.services(), List.of(cast.ngo()));
		commitment(mll, first.ngo(), "ACTIVITY", "Perhekahvila kahdesti viikossa vapaaehtoisvoimin", null, 0);
		commitment(mll, input.county(), "FUNDING", "Avustus vapaaehtoistoiminnan kuluihin", BigDecimal.valueOf(8_000), 1);
		UUID association = agreement("NGO_PARTNERSHIP", "Perheyhdistyksen eroauttaminen koko alueella", first.code(), yearStart, yearStart.plusYears(2).minusDays(1),
				yearStart.plusYears(1), new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE" }, List.of(input.county(), input.familyAssociation()),
				List.of(), List.of(cast.editor()));
		commitment(association, input.familyAssociation(), "ACTIVITY", "Eroryhmät vanhemmille ja lapsille neljästi vuodessa", null, 0);
		commitment(association, input.county(), "STAFF_HOURS", "Perheneuvolan psykologi ryhmien tukena 4 h kuukaudessa", null, 1);
		NetworkDemoInput.Local third = ms.get(2);
		UUID parish = agreement("PARISH_PARTNERSHIP", third.genitiveFi() + " seurakunnan perhetyö perhekeskuksessa", third.code(), yearStart.minusYears(1),
				yearStart.plusYears(1).minusDays(1), null, new String[] { "DRAFT", "NEGOTIATED", "SIGNED", "IN_FORCE" },
				List.of(input.county(), third.parish()), third.services(), List.of(cast.partners().get(1)));
		commitment(parish, third.parish(), "PREMISES", "Seurakuntatalon kerhotila kohtaamispaikaksi", null, 0);
		commitment(parish, third.parish(), "ACTIVITY", "Vauvakerho ja perheleirit", null, 1);
		workshops.write(input, cast, firstAgreement, random);
	}

	private UUID agreement(String kind, String title, String municipality, LocalDate starts, LocalDate ends, LocalDate review, String[] states,
			List<UUID> parties, List<UUID> services, List<UUID> contacts) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.agreement (id, kind, title, municipality_code, starts_on, ends_on, review_on, state, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, kind, title, municipality, DemoNetworkWriter.date(starts), DemoNetworkWriter.date(ends), review == null ? null : DemoNetworkWriter.date(review),
					states[states.length - 1], states.length)
			.update();
		parties.forEach(p -> jdbc.sql("insert into network.agreement_party values (?, ?) on conflict do nothing").params(id, p).update());
		services.forEach(s -> jdbc.sql("insert into network.agreement_service values (?, ?) on conflict do nothing").params(id, s).update());
		contacts.forEach(c -> jdbc.sql("insert into network.agreement_contact values (?, ?) on conflict do nothing").params(id, c).update());
		LocalDate at = starts.minusMonths(states.length);
		for (int v = 0; v < states.length; v++) {
			String change = v == 0 ? "created" : "state\t" + states[v - 1] + "\t" + states[v];
			jdbc.sql("insert into network.agreement_version values (?, ?, ?, ?, ?)")
				.params(id, v + 1, v == 0 ? "coordinator" : "coordinator", Timestamp.from(at.plusWeeks(2L * v).atTime(LocalTime.NOON).atZone(FINLAND).toInstant()), change)
				.update();
		}
		return id;
	}

	private void commitment(UUID agreement, UUID organisation, String kind, String description, BigDecimal amount, int position) {
		jdbc.sql("insert into network.commitment (id, agreement_id, organisation_id, kind, description, amount, position) values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), agreement, organisation, kind, description, amount, position)
			.update();
	}
}
