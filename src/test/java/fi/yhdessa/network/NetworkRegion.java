package fi.yhdessa.network;

import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The small region of the network's tests: two municipalities, the county, a municipality, an NGO,
 * an account for each role, and people of the network — the coordinator, a worker and the NGO's own
 * contact person linked to their accounts, and a contact person without an account.
 */
final class NetworkRegion {

	static final String NORTH = "951";
	static final String SOUTH = "952";
	static final OrganisationId COUNTY = id("county");
	static final OrganisationId MUNICIPALITY = id("municipality");
	static final OrganisationId NGO = id("ngo");
	static final UUID COORDINATOR_PERSON = UUID.nameUUIDFromBytes("network-test:person:coordinator".getBytes());
	static final UUID WORKER_PERSON = UUID.nameUUIDFromBytes("network-test:person:worker".getBytes());
	static final UUID NGO_PERSON = UUID.nameUUIDFromBytes("network-test:person:ngo".getBytes());
	static final UUID CONTACT_PERSON = UUID.nameUUIDFromBytes("network-test:person:contact".getBytes());
	static final String PASSWORD = "network test password";

	private NetworkRegion() {
	}

	/** Registers the region, its accounts and its people, once per database. */
	static synchronized void register(Network network, Accounts accounts, JdbcClient jdbc) {
		if (network.organisation(COUNTY).isPresent()) {
			return;
		}
		network.register(new Municipality(NORTH, "Verkostola", "Nätverksby", 62.0, 25.0));
		network.register(new Municipality(SOUTH, "Yhteisvaara", "Samberga", 61.5, 25.5));
		network.register(new Organisation(COUNTY, OrganisationKind.COUNTY, LocalizedText.of("Testialue", "Testområde", "Test county"), null, null, null));
		network.register(new Organisation(MUNICIPALITY, OrganisationKind.MUNICIPALITY, LocalizedText.of("Verkostolan kunta", null, null), null, NORTH, null));
		network.register(new Organisation(NGO, OrganisationKind.NGO, LocalizedText.of("Verkostolan perheyhdistys", null, null), null, NORTH, null));
		for (Role role : Role.values()) {
			if (role == Role.RESIDENT) {
				accounts.register(new NewAccount(accountId(role), username(role), PASSWORD, "Network resident", null, EnumSet.of(role), null, null,
						UUID.nameUUIDFromBytes("network-test:resident".getBytes()), "fi"));
			}
			else {
				accounts.register(NewAccount.staff(username(role), PASSWORD, "Network " + role.name().toLowerCase(Locale.ROOT), EnumSet.of(role),
						role == Role.PARTNER_WORKER ? NGO.value() : COUNTY.value(), null).withId(accountId(role)));
			}
		}
		person(jdbc, COORDINATOR_PERSON, "Kerttu Koordinaattori", COUNTY, "koordinaattori@verkosto.example", accountId(Role.COORDINATOR), false);
		person(jdbc, WORKER_PERSON, "Veikko Työntekijä", COUNTY, "tyontekija@verkosto.example", accountId(Role.RESPONSIBLE_WORKER), false);
		person(jdbc, NGO_PERSON, "Noora Järjestö", NGO, "jarjesto@verkosto.example", accountId(Role.PARTNER_WORKER), true);
		person(jdbc, CONTACT_PERSON, "Kalle Yhdyshenkilö", MUNICIPALITY, "yhdyshenkilo@verkosto.example", null, false);
	}

	static String username(Role role) {
		return "network-" + role.name().toLowerCase(Locale.ROOT);
	}

	static UUID accountId(Role role) {
		return UUID.nameUUIDFromBytes(("network-test:account:" + role).getBytes());
	}

	private static void person(JdbcClient jdbc, UUID id, String name, OrganisationId organisation, String email, UUID account, boolean contact) {
		jdbc.sql("insert into network.person (id, name, kind, organisation_id, email, account_id, organisation_contact) values (?, ?, 'PROFESSIONAL', ?, ?, ?, ?)")
			.params(id, name, organisation.value(), email, account, contact)
			.update();
	}

	private static OrganisationId id(String key) {
		return new OrganisationId(UUID.nameUUIDFromBytes(("network-test:" + key).getBytes()));
	}
}
