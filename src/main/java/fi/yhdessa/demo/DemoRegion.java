package fi.yhdessa.demo;

import fi.yhdessa.casework.Casework;
import fi.yhdessa.casework.DemoFamily;
import fi.yhdessa.casework.DemoMember;
import fi.yhdessa.casework.DemoVolume;
import fi.yhdessa.casework.DemoWorker;
import fi.yhdessa.directory.Directory;
import fi.yhdessa.frontdoor.FrontDoor;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.NetworkDemo;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.population.Population;
import fi.yhdessa.population.Resident;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the synthetic region into the modules that own its parts, once: a region already loaded is left as it is. */
@Service
public class DemoRegion {

	private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

	private final Network network;
	private final Population population;
	private final Accounts accounts;
	private final FrontDoor frontDoor;
	private final Casework casework;
	private final Directory directory;
	private final NetworkDemo networkDemo;
	private final Clock clock;

	DemoRegion(Network network, Population population, Accounts accounts, Directory directory, FrontDoor frontDoor, Casework casework,
			NetworkDemo networkDemo, Clock clock) {
		this.networkDemo = networkDemo;
		this.casework = casework;
		this.frontDoor = frontDoor;
		this.directory = directory;
		this.network = network;
		this.population = population;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** @return whether the region was loaded now (false when it was there already) */
	@Transactional
	public boolean loadIfEmpty(RegionScale scale) {
		if (!network.municipalities().isEmpty()) {
			return false;
		}
		long started = System.nanoTime();
		SyntheticRegion region = SyntheticRegionGenerator.generate(scale, LocalDate.now(clock));
		region.municipalities().forEach(network::register);
		region.areas().forEach(network::register);
		region.organisations().forEach(network::register);
		region.units().forEach(network::register);
		population.register(region.households(), region.residents(), region.guardianships());
		region.accounts().forEach(demo -> accounts.register(demo.account()));
		region.topics().forEach(directory::register);
		region.postcodes().forEach(p -> directory.registerPostcode(p.postcode(), p.municipalityCode(), p.latitude(), p.longitude()));
		region.places().forEach(directory::register);
		directory.registerAll(region.services());
		frontDoor.generateDemo(new FrontDoor.DemoVolume(scale == RegionScale.DEMO ? 150 : 3000, 20261123L,
				region.accounts().stream().map(demo -> demo.account().residentId()).filter(Objects::nonNull).toList(),
				region.accounts().stream()
					.map(SyntheticRegion.DemoAccount::account)
					.filter(account -> account.roles().contains(fi.yhdessa.platform.Role.UNIVERSAL_SERVICES_PROFESSIONAL))
					.map(account -> new FrontDoor.DemoAuthor(account.username(), account.displayName(), account.organisationId(), account.unitId()))
					.toList()));
		casework.generateDemo(new DemoVolume(scale == RegionScale.DEMO ? 200 : 100_000, scale == RegionScale.DEMO ? 4_000 : 2_000_000,
				20261124L, families(region), worker(region, "worker"), worker(region, "worker2"),
				List.of(worker(region, "nurse"), worker(region, "teacher")), worker(region, "ngo")));
		networkDemo.generate(DemoNetwork.input(region, LocalDate.now(clock)));
		log.info("Loaded the demo region at scale {}: {} municipalities, {} organisations, {} units, {} residents in {} households, {} accounts, {} services and activities ({} ms)",
				scale.name().toLowerCase(Locale.ROOT), region.municipalities().size(), region.organisations().size(),
				region.units().size(), region.residents().size(), region.households().size(), region.accounts().size(),
				region.services().size(), (System.nanoTime() - started) / 1_000_000);
		return true;
	}

	/** The households with children as casework's demo families, the demo residents' own households first. */
	private static List<DemoFamily> families(SyntheticRegion region) {
		Set<UUID> guardians = new HashSet<>();
		Set<UUID> children = new HashSet<>();
		region.guardianships().forEach(g -> {
			guardians.add(g.guardian().value());
			children.add(g.child().value());
		});
		Map<UUID, List<Resident>> households = new LinkedHashMap<>();
		region.residents().forEach(r -> households.computeIfAbsent(r.householdId().value(), h -> new ArrayList<>()).add(r));
		List<UUID> first = region.accounts().stream()
			.map(demo -> demo.account().residentId())
			.filter(Objects::nonNull)
			.flatMap(id -> region.residents().stream().filter(r -> r.id().value().equals(id)))
			.map(r -> r.householdId().value())
			.toList();
		List<UUID> order = new ArrayList<>(first);
		households.keySet().stream().filter(h -> !first.contains(h)).forEach(order::add);
		List<DemoFamily> families = new ArrayList<>();
		for (UUID household : order) {
			List<Resident> members = households.get(household);
			if (members.stream().noneMatch(r -> children.contains(r.id().value()))) {
				continue;
			}
			families.add(new DemoFamily(members.getFirst().municipalityCode(), members.stream()
				.map(r -> new DemoMember(r.id().value(), r.firstNames(), r.lastName(), r.personalIdentityCode().value(), r.birthDate(),
						children.contains(r.id().value()), guardians.contains(r.id().value())))
				.toList()));
		}
		return families;
	}

	private static DemoWorker worker(SyntheticRegion region, String username) {
		return region.accounts().stream()
			.map(SyntheticRegion.DemoAccount::account)
			.filter(account -> account.username().equals(username))
			.findFirst()
			.map(account -> new DemoWorker(account.id(), account.username(), account.displayName(), account.organisationId(), account.unitId()))
			.orElseThrow();
	}
}
