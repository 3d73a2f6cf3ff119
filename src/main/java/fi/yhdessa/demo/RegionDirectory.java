package fi.yhdessa.demo;

import fi.yhdessa.directory.ChannelDraft;
import fi.yhdessa.directory.ChannelKind;
import fi.yhdessa.directory.Place;
import fi.yhdessa.directory.ServiceDraft;
import fi.yhdessa.directory.ServiceKind;
import fi.yhdessa.directory.WeeklyHours;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.platform.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The many local activities and services of a whole county, for benchmarks at the {@code region}
 * scale: clubs, groups and services in the neighbourhoods of each municipality, with names and
 * descriptions in Finnish (Swedish in the bilingual municipality, English for some), so that a
 * search over them meets the variety of real texts.
 */
final class RegionDirectory {

	private record Kind(String fi, String sv, String en, String topic, ServiceKind kind, int minAge, int maxAge, String about) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("Perhekerho", "Familjeklubb", "Family club", "meeting-places", ServiceKind.ACTIVITY, 0, 6,
					"Leikkiä, laulua ja juttelua pienten lasten perheille. Ei ilmoittautumista."),
			new Kind("Vauvaryhmä", "Babygrupp", "Baby group", "baby", ServiceKind.ACTIVITY, 0, 1,
					"Vertaistukea ja vauvahierontaa alle vuoden ikäisten vauvojen vanhemmille."),
			new Kind("Isä-lapsikerho", "Pappa-barn-klubb", "Father and child club", "parenting", ServiceKind.ACTIVITY, 0, 7,
					"Isät, isoisät ja lapset puuhaavat yhdessä: leikkiä, retkiä ja liikuntaa."),
			new Kind("Satutuokio", "Sagostund", "Story time", "leisure", ServiceKind.ACTIVITY, 2, 7,
					"Luemme satuja ääneen ja askartelemme tarinoiden pohjalta."),
			new Kind("Liikuntakerho", "Idrottsklubb", "Sports club", "leisure", ServiceKind.ACTIVITY, 4, 12,
					"Pallopelejä, temppurata ja ulkoliikuntaa ohjaajan kanssa. Maksuton."),
			new Kind("Läksykerho", "Läxklubb", "Homework club", "school", ServiceKind.ACTIVITY, 7, 12,
					"Apua koulutehtäviin vapaaehtoisten kanssa koulupäivän jälkeen."),
			new Kind("Nuorten iltapäivä", "Ungdomseftermiddag", "Youth afternoon", "youth", ServiceKind.ACTIVITY, 13, 17,
					"Avoin kohtaamispaikka nuorille: pelejä, välipala ja nuoriso-ohjaajan tuki."),
			new Kind("Muskari", "Musiklek", "Music play group", "leisure", ServiceKind.ACTIVITY, 0, 6,
					"Laulua, loruja ja soittimia vanhemman kanssa."),
			new Kind("Kokkikerho", "Kockklubb", "Cooking club", "leisure", ServiceKind.ACTIVITY, 7, 15,
					"Valmistamme yhdessä helppoja ja edullisia ruokia."),
			new Kind("Kädentaitokerho", "Hantverksklubb", "Crafts club", "leisure", ServiceKind.ACTIVITY, 5, 12,
					"Askartelua, ompelua ja puutöitä kierrätysmateriaaleista."),
			new Kind("Vanhempien vertaisryhmä", "Kamratgrupp för föräldrar", "Peer group for parents", "peer-support", ServiceKind.ACTIVITY, 0, 17,
					"Keskustelua arjesta, jaksamisesta ja kasvatuksesta muiden vanhempien kanssa."),
			new Kind("Perhekahvila", "Familjecafé", "Family café", "meeting-places", ServiceKind.ACTIVITY, 0, 12,
					"Avoin kohtaamispaikka perheille: kahvia, leikkiä ja seuraa."),
			new Kind("Avoin päiväkoti", "Öppet daghem", "Open day care", "early-education", ServiceKind.ACTIVITY, 0, 6,
					"Lapsi ja aikuinen leikkivät yhdessä varhaiskasvatuksen ammattilaisen ohjauksessa."),
			new Kind("Perheneuvonta", "Familjerådgivning", "Family counselling", "parenting", ServiceKind.SERVICE, 0, 17,
					"Keskusteluapua kasvatukseen, lapsen kehitykseen ja perheen ristiriitoihin ilman lähetettä."),
			new Kind("Lapsiperheiden kotipalvelu", "Hemservice för barnfamiljer", "Home help for families", "home-help", ServiceKind.SERVICE, 0, 17,
					"Apua arkeen kotona, kun perheen voimat ovat vähissä."),
			new Kind("Nuorten talousneuvonta", "Ekonomisk rådgivning för unga", "Money advice for young people", "finances", ServiceKind.SERVICE, 15, 29,
					"Neuvoja budjetointiin, laskuihin ja velkoihin."),
			new Kind("Puheterapeutin neuvonta", "Talterapeutens rådgivning", "Speech therapist advice", "development", ServiceKind.SERVICE, 1, 7,
					"Neuvontaa lapsen puheen ja kielen kehitykseen."),
			new Kind("Erokahvila", "Skilsmässocafé", "Separation café", "separation", ServiceKind.ACTIVITY, 0, 17,
					"Vertaistukea eroa läpikäyville vanhemmille."));

	private static final List<String> PREFIXES = List.of("Ylä", "Ala", "Vanha", "Uusi", "Itä", "Länsi", "Pohjois", "Etelä", "Keski", "Kirkon", "Salmen",
			"Kanto", "Honka", "Koivu", "Kuusi", "Mänty", "Pihlaja", "Leppä");
	/** The last part of a neighbourhood's name, and its genitive. */
	private static final List<List<String>> PARTS = List.of(List.of("mäki", "mäen"), List.of("niemi", "niemen"), List.of("lahti", "lahden"),
			List.of("koski", "kosken"), List.of("harju", "harjun"), List.of("ranta", "rannan"), List.of("kallio", "kallion"), List.of("metsä", "metsän"),
			List.of("järvi", "järven"), List.of("salo", "salon"), List.of("vaara", "vaaran"), List.of("laakso", "laakson"), List.of("kylä", "kylän"),
			List.of("nummi", "nummen"));
	private static final List<String> VENUES = List.of("koulu", "kirjasto", "nuorisotila", "seurakuntatalo", "asukastupa", "päiväkoti");
	private static final List<String> VENUES_SV = List.of("skola", "bibliotek", "ungdomslokal", "församlingshem", "invånarstuga", "daghem");

	final List<Place> places = new ArrayList<>();
	final List<ServiceDraft> services = new ArrayList<>();

	RegionDirectory(RegionStructure region, int count, Random random) {
		int neighbourhoods = 60;
		int municipalities = MunicipalitySpec.COUNTY.size();
		for (int index = 0; index < municipalities; index++) {
			MunicipalitySpec m = MunicipalitySpec.COUNTY.get(index);
			int perMunicipality = count / municipalities + (index < count % municipalities ? 1 : 0);
			List<Organisation> organisers = organisers(region, m);
			List<Place> local = new ArrayList<>();
			List<String> areas = new ArrayList<>();
			for (int n = 0; n < neighbourhoods; n++) {
				String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
				List<String> part = PARTS.get(random.nextInt(PARTS.size()));
				String area = prefix + part.get(0);
				String genitive = prefix + part.get(1);
				int venue = random.nextInt(VENUES.size());
				Organisation owner = organisers.get(n % organisers.size());
				double angle = random.nextDouble() * 2 * Math.PI;
				double distance = 0.005 + random.nextDouble() * 0.08;
				Place place = new Place(DemoIds.of("place", "region/" + m.code() + "/" + n), owner.id().value(),
						LocalizedText.of(genitive + " " + VENUES.get(venue), DemoDirectory.BILINGUAL.equals(m.code()) ? area + " " + VENUES_SV.get(venue) : null,
								null),
						genitive + "tie " + (1 + random.nextInt(60)), m.postcodePrefix() + "%02d".formatted(random.nextInt(20) * 5), m.code(),
						m.latitude() + Math.sin(angle) * distance, m.longitude() + Math.cos(angle) * distance * 2, null);
				local.add(place);
				areas.add(area);
				places.add(place);
			}
			for (int i = 0; i < perMunicipality; i++) {
				Kind kind = KINDS.get(random.nextInt(KINDS.size()));
				int at = random.nextInt(local.size());
				Place place = local.get(at);
				String area = areas.get(at);
				boolean swedish = DemoDirectory.BILINGUAL.equals(m.code());
				boolean english = random.nextInt(8) == 0;
				int band = random.nextInt(3);
				int minAge = kind.minAge() + band * (kind.maxAge() - kind.minAge()) / 4;
				DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
				LocalTime opens = LocalTime.of(9 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
				Organisation organiser = organisers.get(random.nextInt(organisers.size()));
				LocalizedText name = LocalizedText.of(kind.fi() + ", " + area, swedish ? kind.sv() + ", " + area : null, english ? kind.en() + ", " + area : null);
				LocalizedText description = LocalizedText.of(kind.about() + " Kokoontuu paikassa " + place.name().fi() + ", " + m.nameFi() + ".",
						swedish ? kind.sv() + " i " + area + ", " + m.nameSv() + "." : null,
						english ? kind.en() + " in " + area + ", " + m.nameFi() + ". In Finnish and English." : null);
				List<String> languages = new ArrayList<>(List.of("fi"));
				if (swedish) {
					languages.add("sv");
				}
				if (english) {
					languages.add("en");
				}
				services.add(new ServiceDraft(DemoIds.of("service", "region/" + m.code() + "/" + i), organiser.id().value(), kind.kind(), name, description,
						kind.kind() == ServiceKind.ACTIVITY, minAge, kind.maxAge(), true, null, true, languages, List.of(kind.topic()),
						List.of(new ChannelDraft(ChannelKind.VISIT, null)),
						Map.of(place.id(), List.of(new WeeklyHours(day, opens, opens.plusMinutes(90 + 30 * random.nextInt(3))))), Set.of(m.code())));
			}
		}
	}

	private static List<Organisation> organisers(RegionStructure region, MunicipalitySpec m) {
		List<Organisation> organisers = new ArrayList<>();
		organisers.add(region.municipalityOrganisations.get(m.code()));
		organisers.add(region.parishes.get(m.code()));
		organisers.add(region.mllBranches.getOrDefault(m.code(), region.firstMll));
		organisers.add(region.familyAssociation);
		organisers.add(region.youthHouse);
		return organisers;
	}
}
