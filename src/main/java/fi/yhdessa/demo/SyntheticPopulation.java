package fi.yhdessa.demo;

import fi.yhdessa.platform.PersonalIdentityCode;
import fi.yhdessa.population.Guardianship;
import fi.yhdessa.population.Household;
import fi.yhdessa.population.HouseholdId;
import fi.yhdessa.population.Resident;
import fi.yhdessa.population.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * The residents of the synthetic county, household by household: single people, couples,
 * families with children and single parents, with guardianships. Names come from Datafaker's
 * Finnish locale; personal identity codes only from the test range (individual number 900–999).
 */
final class SyntheticPopulation {

	private static final List<String> STREETS = List.of("Koulutie", "Kirkkotie", "Rantatie", "Koivukuja", "Myllytie", "Puistotie",
			"Mäntytie", "Pihlajatie", "Kuusitie", "Peltotie", "Asematie", "Harjutie", "Niittytie", "Sepänkatu", "Kauppakatu", "Torikatu",
			"Satamakatu", "Haapakuja", "Lehtotie", "Vanhatie");

	private final Random random;
	private final Faker faker;
	private final LocalDate asOf;
	/** Next free individual numbers per birth date: [even (female), odd (male)]. */
	private final Map<LocalDate, int[]> individualNumbers = new HashMap<>();

	final List<Household> households = new ArrayList<>();
	final List<Resident> residents = new ArrayList<>();
	final List<Guardianship> guardianships = new ArrayList<>();
	/** Households of two guardians with young children, by municipality: where the demo parents come from. */
	final Map<String, List<List<Resident>>> familiesWithYoungChildren = new HashMap<>();

	SyntheticPopulation(long seed, LocalDate asOf) {
		this.random = new Random(seed);
		this.faker = new Faker(java.util.Locale.of("fi", "FI"), new Random(seed + 1));
		this.asOf = asOf;
	}

	void generate(int target) {
		int[] quota = new int[MunicipalitySpec.COUNTY.size()];
		for (int i = 0; i < quota.length; i++) {
			quota[i] = (int) Math.round(target * MunicipalitySpec.COUNTY.get(i).share());
		}
		for (int i = 0; i < quota.length; i++) {
			MunicipalitySpec municipality = MunicipalitySpec.COUNTY.get(i);
			int start = residents.size();
			while (residents.size() - start < quota[i] && residents.size() < target) {
				household(municipality);
			}
		}
	}

	private void household(MunicipalitySpec municipality) {
		HouseholdId id = new HouseholdId(DemoIds.of("household", households.size()));
		households.add(new Household(id, municipality.code(), STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(60)),
				municipality.postcodePrefix() + "%02d".formatted(random.nextInt(20) * 5)));
		String lastName = faker.name().lastName();
		String tongue = motherTongue();
		int roll = random.nextInt(100);
		if (roll < 30) {
			adult(id, municipality, lastName, tongue, 18, 90);
		}
		else if (roll < 52) {
			adult(id, municipality, lastName, tongue, 25, 80);
			adult(id, municipality, lastName, tongue, 25, 80);
		}
		else if (roll < 62) {
			adult(id, municipality, lastName, tongue, 65, 95);
			adult(id, municipality, lastName, tongue, 65, 95);
		}
		else if (roll < 92) {
			family(id, municipality, lastName, tongue, 2);
		}
		else {
			family(id, municipality, lastName, tongue, 1);
		}
	}

	private void family(HouseholdId id, MunicipalitySpec municipality, String lastName, String tongue, int guardianCount) {
		int children = 1 + random.nextInt(random.nextInt(10) < 7 ? 2 : 4);
		int youngestParentAge = 22 + random.nextInt(20);
		List<Resident> guardians = new ArrayList<>();
		for (int g = 0; g < guardianCount; g++) {
			guardians.add(adult(id, municipality, lastName, tongue, youngestParentAge, youngestParentAge + 6));
		}
		List<Resident> kids = new ArrayList<>();
		for (int c = 0; c < children; c++) {
			int maxAge = Math.min(17, youngestParentAge - 20);
			Resident child = person(id, municipality, lastName, tongue, birthDate(0, Math.max(0, maxAge)));
			kids.add(child);
			guardians.forEach(guardian -> guardianships.add(new Guardianship(guardian.id(), child.id())));
		}
		if (guardianCount == 2 && kids.stream().anyMatch(k -> k.birthDate().isAfter(asOf.minusYears(7)))) {
			List<Resident> members = new ArrayList<>(guardians);
			members.addAll(kids);
			familiesWithYoungChildren.computeIfAbsent(municipality.code(), code -> new ArrayList<>()).add(members);
		}
	}

	private Resident adult(HouseholdId id, MunicipalitySpec municipality, String lastName, String tongue, int minAge, int maxAge) {
		return person(id, municipality, lastName, tongue, birthDate(minAge, maxAge));
	}

	private Resident person(HouseholdId household, MunicipalitySpec municipality, String lastName, String tongue, LocalDate born) {
		boolean female = random.nextBoolean();
		String first = female ? faker.name().femaleFirstName() : faker.name().maleFirstName();
		String second = female ? faker.name().femaleFirstName() : faker.name().maleFirstName();
		String firstNames = first.equals(second) ? first : first + " " + second;
		PersonalIdentityCode code = identityCode(born, female);
		Resident resident = new Resident(new ResidentId(DemoIds.of("resident", residents.size())), code, firstNames, lastName,
				code.birthDate(), municipality.code(), household, tongue);
		residents.add(resident);
		return resident;
	}

	/** The next unused test-range code for the date; a full date moves the birth a day earlier. */
	private PersonalIdentityCode identityCode(LocalDate born, boolean female) {
		LocalDate date = born;
		while (true) {
			int[] next = individualNumbers.computeIfAbsent(date, d -> new int[] { 900, 901 });
			int slot = female ? 0 : 1;
			if (next[slot] <= 999) {
				int number = next[slot];
				next[slot] += 2;
				return PersonalIdentityCode.synthetic(date, number);
			}
			date = date.minusDays(1);
		}
	}

	private LocalDate birthDate(int minAge, int maxAge) {
		long earliest = asOf.minusYears(maxAge + 1).plusDays(1).toEpochDay();
		long latest = asOf.minusYears(minAge).toEpochDay();
		return LocalDate.ofEpochDay(earliest + (long) (random.nextDouble() * (latest - earliest)));
	}

	private String motherTongue() {
		int roll = random.nextInt(100);
		return roll < 87 ? "fi" : roll < 93 ? "sv" : roll < 96 ? "en" : "other";
	}
}
