package fi.yhdessa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.PersonalIdentityCode;
import fi.yhdessa.platform.Role;
import fi.yhdessa.population.Guardianship;
import fi.yhdessa.population.Resident;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticRegionGeneratorTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
	static final SyntheticRegion region = SyntheticRegionGenerator.generate(RegionScale.DEMO, AS_OF);

	@Test
	void buildsTheSameRegionFromTheSameSeed() {
		SyntheticRegion again = SyntheticRegionGenerator.generate(RegionScale.DEMO, AS_OF);
		assertThat(again.residents()).isEqualTo(region.residents());
		assertThat(again.organisations()).isEqualTo(region.organisations());
		assertThat(again.accounts().stream().map(a -> a.account().residentId()).toList())
			.isEqualTo(region.accounts().stream().map(a -> a.account().residentId()).toList());
	}

	@Test
	void buildsADifferentPopulationFromAnotherSeed() {
		assertThat(SyntheticRegionGenerator.generate(RegionScale.DEMO, AS_OF, 7).residents()).isNotEqualTo(region.residents());
	}

	@Test
	void hasElevenMunicipalitiesWithTheCountyTheirOwnServicesNgosParishesAndKela() {
		assertThat(region.municipalities()).hasSize(11);
		assertThat(region.organisations()).extracting(o -> o.kind()).contains(OrganisationKind.COUNTY, OrganisationKind.MUNICIPALITY, OrganisationKind.NGO, OrganisationKind.PARISH, OrganisationKind.KELA);
		assertThat(region.organisations()).filteredOn(o -> o.kind() == OrganisationKind.MUNICIPALITY).hasSize(11);
		assertThat(region.organisations()).filteredOn(o -> o.name().fi().startsWith("MLL")).isNotEmpty();
		assertThat(region.units()).extracting(Unit::kind)
			.contains(UnitKind.FAMILY_SOCIAL_WORK, UnitKind.CHILD_WELFARE, UnitKind.CHILD_HEALTH_CLINIC, UnitKind.FAMILY_COUNSELLING,
					UnitKind.EARLY_CHILDHOOD_EDUCATION, UnitKind.SCHOOL, UnitKind.PARISH_FAMILY_WORK, UnitKind.KELA_SERVICE_POINT);
		for (var municipality : region.municipalities()) {
			assertThat(region.units()).filteredOn(u -> municipality.code().equals(u.municipalityCode()))
				.extracting(Unit::kind)
				.as("units in %s", municipality.nameFi())
				.contains(UnitKind.CHILD_HEALTH_CLINIC, UnitKind.EARLY_CHILDHOOD_EDUCATION, UnitKind.SCHOOL);
		}
	}

	@Test
	void givesEveryResidentAValidUniquePersonalIdentityCodeFromTheTestRange() {
		assertThat(region.residents()).hasSizeBetween(5_990, 6_010);
		assertThat(region.residents()).allSatisfy(r -> {
			assertThat(r.personalIdentityCode().isTestRange()).isTrue();
			assertThat(PersonalIdentityCode.isValid(r.personalIdentityCode().value())).isTrue();
			assertThat(r.birthDate()).isEqualTo(r.personalIdentityCode().birthDate());
		});
		assertThat(region.residents().stream().map(r -> r.personalIdentityCode().value()).distinct()).hasSameSizeAs(region.residents());
	}

	@Test
	void spreadsTheResidentsOverTheMunicipalitiesLargestFirst() {
		Map<String, Long> byMunicipality = region.residents().stream().collect(Collectors.groupingBy(Resident::municipalityCode, Collectors.counting()));
		assertThat(byMunicipality).hasSize(11);
		assertThat(byMunicipality.get("801")).isGreaterThan(byMunicipality.get("811") * 5);
	}

	@Test
	void makesTheDemoParentsGuardiansOfYoungChildrenInTwoDifferentFamilies() {
		Map<UUID, Resident> residents = region.residents().stream().collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
		var parents = region.accounts().stream().filter(a -> a.account().roles().contains(Role.RESIDENT)).map(a -> a.account()).toList();
		assertThat(parents).extracting(a -> a.username()).containsExactly("parent", "parent2");
		Set<UUID> households = parents.stream().map(p -> residents.get(p.residentId()).householdId().value()).collect(Collectors.toSet());
		assertThat(households).hasSize(2);
		for (var parent : parents) {
			var children = region.guardianships().stream().filter(g -> g.guardian().value().equals(parent.residentId()))
				.map(Guardianship::child).map(id -> residents.get(id.value())).toList();
			assertThat(children).isNotEmpty().anySatisfy(child -> assertThat(child.birthDate()).isAfter(AS_OF.minusYears(7)));
			assertThat(parent.displayName()).isEqualTo(residents.get(parent.residentId()).fullName());
		}
	}

	@Test
	void putsTheTwoResponsibleWorkersInDifferentCountyUnits() {
		var workers = region.accounts().stream().map(a -> a.account()).filter(a -> a.username().startsWith("worker")).toList();
		assertThat(workers).hasSize(2).allSatisfy(w -> assertThat(w.roles()).containsExactly(Role.RESPONSIBLE_WORKER));
		assertThat(workers.get(0).unitId()).isNotEqualTo(workers.get(1).unitId());
		assertThat(workers.get(0).organisationId()).isEqualTo(workers.get(1).organisationId());
	}

	@Test
	void hasEveryDemoAccountOfTheListWithADescription() {
		assertThat(region.accounts()).extracting(a -> a.account().username())
			.containsExactlyElementsOf(SyntheticRegionGenerator.ACCOUNTS.keySet());
		assertThat(region.accounts()).allSatisfy(a -> assertThat(a.description()).isNotBlank());
	}

	@Test
	void theRegionScaleHasFiftyThousandServicesEachWithAPlaceInTheCounty() {
		SyntheticRegion county = SyntheticRegionGenerator.generate(RegionScale.REGION, AS_OF);
		assertThat(county.services()).hasSize(50_000);
		assertThat(county.services().stream().map(s -> s.id()).distinct().count()).isEqualTo(county.services().size());
		var places = county.places().stream().map(p -> p.id()).collect(java.util.stream.Collectors.toSet());
		assertThat(county.services()).allSatisfy(service -> assertThat(places).containsAll(service.hoursByPlace().keySet()));
		assertThat(county.services()).filteredOn(s -> s.name().sv() != null).hasSizeGreaterThan(4_000);
	}
}
