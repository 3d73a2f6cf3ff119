package fi.yhdessa.insight;

import fi.yhdessa.network.Area;
import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The small region of insight's tests: four municipalities in two areas — a big one and a tiny one
 * in each — with a guidance unit, child health clinics, family social work and child welfare in
 * each area and a family counselling clinic, and an account for each role.
 */
public final class InsightRegion {

	static final OrganisationId COUNTY = new OrganisationId(UUID.nameUUIDFromBytes("insight-test:county".getBytes()));
	public static final String BIG_NORTH = "901";
	public static final String SMALL_NORTH = "902";
	public static final String BIG_SOUTH = "903";
	public static final String SMALL_SOUTH = "904";
	public static final List<String> MUNICIPALITIES = List.of(BIG_NORTH, SMALL_NORTH, BIG_SOUTH, SMALL_SOUTH);

	public static final Unit GUIDANCE = unit("guidance", UnitKind.FAMILY_GUIDANCE, BIG_NORTH);
	public static final Unit CLINIC_NORTH = unit("clinic-north", UnitKind.CHILD_HEALTH_CLINIC, BIG_NORTH);
	public static final Unit CLINIC_SMALL = unit("clinic-small", UnitKind.CHILD_HEALTH_CLINIC, SMALL_SOUTH);
	public static final Unit SOCIAL_WORK_NORTH = unit("social-work-north", UnitKind.FAMILY_SOCIAL_WORK, BIG_NORTH);
	public static final Unit SOCIAL_WORK_SOUTH = unit("social-work-south", UnitKind.FAMILY_SOCIAL_WORK, BIG_SOUTH);
	public static final Unit INTAKE_NORTH = unit("intake-north", UnitKind.CHILD_WELFARE, BIG_NORTH);
	public static final Unit INTAKE_SOUTH = unit("intake-south", UnitKind.CHILD_WELFARE, BIG_SOUTH);
	public static final Unit COUNSELLING = unit("counselling", UnitKind.FAMILY_COUNSELLING, BIG_NORTH);
	public static final List<Unit> UNITS = List.of(GUIDANCE, CLINIC_NORTH, CLINIC_SMALL, SOCIAL_WORK_NORTH, SOCIAL_WORK_SOUTH, INTAKE_NORTH, INTAKE_SOUTH,
			COUNSELLING);

	public static final String PASSWORD = "insight test password";

	private InsightRegion() {
	}

	/** Registers the region and its accounts, once per database. */
	public static synchronized void register(Network network, Accounts accounts) {
		if (network.organisation(COUNTY).isPresent()) {
			return;
		}
		for (String code : MUNICIPALITIES) {
			network.register(new Municipality(code, "Testikunta " + code, "Testkommun " + code, 62.0, 25.0));
		}
		network.register(new Area("test-north", LocalizedText.of("Testipohjoinen", "Testnorr", "Test north"), List.of(BIG_NORTH, SMALL_NORTH)));
		network.register(new Area("test-south", LocalizedText.of("Testietelä", "Testsöder", "Test south"), List.of(BIG_SOUTH, SMALL_SOUTH)));
		network.register(new Organisation(COUNTY, OrganisationKind.COUNTY, LocalizedText.of("Testialue", "Testområde", "Test county"), null, null, null));
		UNITS.forEach(network::register);
		account(accounts, "analyst", Role.LEADERSHIP, null);
		account(accounts, "coordinator", Role.COORDINATOR, GUIDANCE);
		account(accounts, "supervisor", Role.SUPERVISOR, SOCIAL_WORK_SOUTH);
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.LEADERSHIP, Role.COORDINATOR, Role.SUPERVISOR, Role.RESIDENT))) {
			account(accounts, role.name().toLowerCase(Locale.ROOT), role, SOCIAL_WORK_NORTH);
		}
		accounts.register(new NewAccount(null, "insight-resident", PASSWORD, "Insight resident", null, EnumSet.of(Role.RESIDENT), null, null,
				UUID.nameUUIDFromBytes("insight-test:resident".getBytes()), "fi"));
	}

	private static void account(Accounts accounts, String username, Role role, Unit unit) {
		accounts.register(NewAccount.staff("insight-" + username, PASSWORD, "Insight " + username, EnumSet.of(role), COUNTY.value(),
				unit == null ? null : unit.id().value()));
	}

	/** The area of a municipality of the region, as the network has it. */
	public static String area(String municipality) {
		if (municipality == null) {
			return null;
		}
		return municipality.equals(BIG_NORTH) || municipality.equals(SMALL_NORTH) ? "test-north" : "test-south";
	}

	public static String username(Role role) {
		return "insight-" + switch (role) {
			case LEADERSHIP -> "analyst";
			case COORDINATOR -> "coordinator";
			case SUPERVISOR -> "supervisor";
			default -> role.name().toLowerCase(Locale.ROOT);
		};
	}

	private static Unit unit(String key, UnitKind kind, String municipality) {
		return new Unit(new UnitId(UUID.nameUUIDFromBytes(("insight-test:" + key).getBytes())), COUNTY, kind,
				LocalizedText.of("Testiyksikkö " + key, "Testenhet " + key, "Test unit " + key), municipality, null, null);
	}
}
