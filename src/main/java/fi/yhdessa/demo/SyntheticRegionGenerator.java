package fi.yhdessa.demo;

import fi.yhdessa.network.Unit;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.Role;
import fi.yhdessa.population.Resident;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds the synthetic county deterministically: the same seed, scale and reference date give
 * the same region, ids included. Ages are counted from the reference date so that the demo
 * families keep young children whenever the region is loaded.
 */
public final class SyntheticRegionGenerator {

	public static final long SEED = 20_261_122L;
	public static final String DEMO_PASSWORD = "demo";

	/** The demo accounts in the order the start-up log lists them, with what each is for. */
	public static final Map<String, String> ACCOUNTS = accountTable();

	private SyntheticRegionGenerator() {
	}

	public static SyntheticRegion generate(RegionScale scale, LocalDate asOf) {
		return generate(scale, asOf, SEED);
	}

	public static SyntheticRegion generate(RegionScale scale, LocalDate asOf, long seed) {
		RegionStructure structure = new RegionStructure();
		SyntheticPopulation population = new SyntheticPopulation(seed, asOf);
		population.generate(scale.residents());
		DemoDirectory directory = new DemoDirectory(structure);
		List<fi.yhdessa.directory.Place> places = new ArrayList<>(directory.places);
		List<fi.yhdessa.directory.ServiceDraft> services = new ArrayList<>(directory.services);
		if (scale.services() > services.size()) {
			RegionDirectory more = new RegionDirectory(structure, scale.services() - services.size(), new Random(seed));
			places.addAll(more.places);
			services.addAll(more.services);
		}
		return new SyntheticRegion(structure.municipalities, structure.areas, structure.organisations, structure.units, population.households,
				population.residents, population.guardianships, accounts(structure, population), directory.topics, places, services,
				directory.postcodes);
	}

	private static List<SyntheticRegion.DemoAccount> accounts(RegionStructure region, SyntheticPopulation population) {
		UUID county = region.county.id().value();
		List<SyntheticRegion.DemoAccount> accounts = new ArrayList<>();
		accounts.add(staff("admin", "Ylläpitäjä Demo", Role.ADMINISTRATOR, county, null));
		accounts.add(staff("coordinator", "Kaisa Koordinaattori", Role.COORDINATOR, county, region.guidance));
		accounts.add(staff("analyst", "Antti Analyytikko", Role.LEADERSHIP, county, null));
		accounts.add(staff("guide", "Outi Ohjaaja", Role.GUIDANCE_WORKER, county, region.guidance));
		accounts.add(staff("worker", "Veera Vastuutyöntekijä", Role.RESPONSIBLE_WORKER, county, region.familySocialWorkNorth));
		accounts.add(staff("worker2", "Ville Vastuutyöntekijä", Role.RESPONSIBLE_WORKER, county, region.familySocialWorkSouth));
		accounts.add(staff("supervisor", "Sanna Sosiaalityön esihenkilö", Role.SUPERVISOR, county, region.familySocialWorkNorth));
		accounts.add(staff("intake", "Liisa Lastensuojelu", Role.CHILD_WELFARE_WORKER, county, region.childWelfare));
		accounts.add(staff("nurse", "Noora Neuvola", Role.UNIVERSAL_SERVICES_PROFESSIONAL, county, region.firstChildHealthClinic));
		accounts.add(staff("teacher", "Taru Varhaiskasvatus", Role.UNIVERSAL_SERVICES_PROFESSIONAL, region.firstMunicipality.id().value(),
				region.firstDaycare));
		accounts.add(staff("ngo", "Niko Järjestö", Role.PARTNER_WORKER, region.firstMll.id().value(), null));
		accounts.add(staff("editor", "Eila Editori", Role.SERVICE_EDITOR, region.familyAssociation.id().value(), null));
		accounts.add(staff("auditor", "Aino Auditoija", Role.AUDITOR, county, null));
		accounts.add(parent("parent", firstGuardian(population, "801")));
		accounts.add(parent("parent2", firstGuardian(population, "802")));
		return accounts;
	}

	private static Resident firstGuardian(SyntheticPopulation population, String municipality) {
		List<List<Resident>> families = population.familiesWithYoungChildren.getOrDefault(municipality, List.of());
		if (families.isEmpty()) {
			throw new IllegalStateException("The population is too small for a demo family in municipality " + municipality);
		}
		return families.getFirst().getFirst();
	}

	private static Map<String, String> accountTable() {
		Map<String, String> table = new LinkedHashMap<>();
		table.put("admin", "administrator");
		table.put("coordinator", "family centre coordinator");
		table.put("analyst", "leadership");
		table.put("guide", "guidance and counselling");
		table.put("worker", "responsible worker, family social work (northern area)");
		table.put("worker2", "responsible worker, family social work (southern area)");
		table.put("supervisor", "supervisor of family social work (northern area)");
		table.put("intake", "child welfare intake");
		table.put("nurse", "public health nurse, child health clinic");
		table.put("teacher", "early childhood education teacher");
		table.put("ngo", "NGO worker (MLL branch)");
		table.put("editor", "service editor of the family association (NGO)");
		table.put("auditor", "data protection officer: searches the access log");
		table.put("parent", "resident, guardian in the first demo family");
		table.put("parent2", "resident, guardian in the second demo family");
		return Collections.unmodifiableMap(table);
	}

	private static SyntheticRegion.DemoAccount staff(String username, String name, Role role, UUID organisation, Unit unit) {
		NewAccount account = NewAccount.staff(username, DEMO_PASSWORD, name, EnumSet.of(role), organisation, unit == null ? null : unit.id().value())
			.withId(DemoIds.of("account", username))
			.withEmail(username + "@jarvilaakso.example");
		return new SyntheticRegion.DemoAccount(account, ACCOUNTS.get(username));
	}

	private static SyntheticRegion.DemoAccount parent(String username, Resident resident) {
		NewAccount account = new NewAccount(DemoIds.of("account", username), username, DEMO_PASSWORD, resident.fullName(),
				username + "@perhe.example", EnumSet.of(Role.RESIDENT), null, null, resident.id().value(),
				"sv".equals(resident.motherTongue()) ? "sv" : "fi");
		return new SyntheticRegion.DemoAccount(account, ACCOUNTS.get(username));
	}
}
