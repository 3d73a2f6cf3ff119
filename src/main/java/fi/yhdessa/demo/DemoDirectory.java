package fi.yhdessa.demo;

import fi.yhdessa.directory.ChannelDraft;
import fi.yhdessa.directory.ChannelKind;
import fi.yhdessa.directory.Place;
import fi.yhdessa.directory.ServiceDraft;
import fi.yhdessa.directory.ServiceKind;
import fi.yhdessa.directory.TopicTerm;
import fi.yhdessa.directory.WeeklyHours;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.platform.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services, activities and places of the demo county, from the templates in
 * {@code demo/services.json} and the topics in {@code demo/topics.json}. Texts are Finnish; Swedish
 * for the bilingual municipality (Koivula/Björkby) and for services of the whole county given in
 * Swedish; English where the template gives the service in English.
 */
final class DemoDirectory {

	/** The bilingual municipality of the demo county. */
	static final String BILINGUAL = "802";

	private static final JsonMapper json = JsonMapper.builder().build();

	final List<TopicTerm> topics = new ArrayList<>();
	final List<Place> places = new ArrayList<>();
	final List<ServiceDraft> services = new ArrayList<>();
	final List<SyntheticRegion.Postcode> postcodes = new ArrayList<>();
	private final Map<String, Place> placesByKey = new HashMap<>();
	private final RegionStructure region;

	record Template(String key, String scope, List<String> municipalities, String organisation, String kind, String place, List<String> extraPlaces,
			Map<String, String> name, Map<String, String> description, boolean universal, Integer minAge, Integer maxAge, Boolean free, String cost,
			Boolean noReferral, List<String> languages, List<String> topics, List<Map<String, String>> channels, List<Hours> hours) {
	}

	record Hours(List<Integer> days, String opens, String closes) {
	}

	DemoDirectory(RegionStructure region) {
		this.region = region;
		for (Map<String, String> topic : read("demo/topics.json", new TypeReference<List<Map<String, String>>>() {
		})) {
			topics.add(new TopicTerm(DemoIds.of("topic", topic.get("code")), topic.get("code"),
					LocalizedText.of(topic.get("fi"), topic.get("sv"), topic.get("en"))));
		}
		for (MunicipalitySpec m : MunicipalitySpec.COUNTY) {
			for (int i = 0; i < 20; i++) {
				double angle = i * 0.7;
				postcodes.add(new SyntheticRegion.Postcode(m.postcodePrefix() + "%02d".formatted(i * 5), m.code(), m.latitude() + Math.sin(angle) * 0.004 * i,
						m.longitude() + Math.cos(angle) * 0.008 * i));
			}
		}
		for (Template template : read("demo/services.json", new TypeReference<List<Template>>() {
		})) {
			switch (template.scope()) {
				case "county" -> county(template);
				case "each-municipality" -> MunicipalitySpec.COUNTY.forEach(m -> local(template, m));
				case "mll" -> region.mllBranches.keySet().forEach(code -> local(template, municipality(code)));
				case "municipalities" -> template.municipalities().forEach(code -> local(template, municipality(code)));
				default -> throw new IllegalStateException("Unknown scope " + template.scope() + " of " + template.key());
			}
		}
	}

	private void county(Template template) {
		MunicipalitySpec seat = MunicipalitySpec.COUNTY.getFirst();
		List<MunicipalitySpec> at = new ArrayList<>(List.of(seat));
		if (template.extraPlaces() != null) {
			template.extraPlaces().forEach(code -> at.add(municipality(code)));
		}
		Organisation organisation = organisation(template.organisation(), seat);
		Map<UUID, List<WeeklyHours>> hours = new LinkedHashMap<>();
		at.forEach(m -> hours.put(place(template.place(), m, organisation).id(), hours(template)));
		Set<String> everywhere = MunicipalitySpec.COUNTY.stream().map(MunicipalitySpec::code).collect(Collectors.toSet());
		services.add(draft(template, seat, organisation, hours, everywhere, true));
	}

	private void local(Template template, MunicipalitySpec m) {
		Organisation organisation = organisation(template.organisation(), m);
		Place place = place(template.place(), m, organisation);
		services.add(draft(template, m, organisation, Map.of(place.id(), hours(template)), Set.of(m.code()), false));
	}

	private ServiceDraft draft(Template template, MunicipalitySpec m, Organisation organisation, Map<UUID, List<WeeklyHours>> hours,
			Set<String> municipalities, boolean wholeCounty) {
		boolean swedish = BILINGUAL.equals(m.code()) && !wholeCounty || template.languages().contains("sv");
		boolean english = template.languages().contains("en");
		List<String> languages = new ArrayList<>(template.languages());
		if (swedish && !languages.contains("sv")) {
			languages.add("sv");
		}
		LocalizedText name = LocalizedText.of(fill(template.name().get("fi"), m), swedish ? fill(template.name().get("sv"), m) : null,
				english ? fill(template.name().get("en"), m) : null);
		LocalizedText description = LocalizedText.of(fill(template.description().get("fi"), m),
				swedish ? fill(template.description().get("sv"), m) : null, english ? fill(template.description().get("en"), m) : null);
		List<ChannelDraft> channels = template.channels().stream()
			.map(c -> new ChannelDraft(ChannelKind.valueOf(c.get("kind")), c.get("address") == null ? null : fill(c.get("address"), m)))
			.toList();
		return new ServiceDraft(DemoIds.of("service", template.key() + "/" + m.code()), organisation.id().value(), ServiceKind.valueOf(template.kind()),
				name, description, template.universal(), template.minAge(), template.maxAge(), template.free() == null || template.free(), template.cost(),
				template.noReferral() == null || template.noReferral(), languages, template.topics(), channels, hours, municipalities);
	}

	private Place place(String kind, MunicipalitySpec m, Organisation organisation) {
		return placesByKey.computeIfAbsent(kind + "/" + m.code(), key -> {
			LocalizedText name = switch (kind) {
				case "family-centre" -> LocalizedText.of(m.genitiveFi() + " perhekeskus", "Familjecentret i " + m.nameSv(), m.nameFi() + " family centre");
				case "school" -> LocalizedText.of(m.genitiveFi() + " koulukeskus", "Skolcentret i " + m.nameSv(), m.nameFi() + " school centre");
				case "daycare" -> LocalizedText.of(m.genitiveFi() + " leikkitalo", "Lekhuset i " + m.nameSv(), m.nameFi() + " playhouse");
				case "library" -> LocalizedText.of(m.genitiveFi() + " kirjasto", "Biblioteket i " + m.nameSv(), m.nameFi() + " library");
				case "youth-centre" -> LocalizedText.of(m.genitiveFi() + " nuorisotalo", "Ungdomsgården i " + m.nameSv(), m.nameFi() + " youth centre");
				case "sports-hall" -> LocalizedText.of(m.genitiveFi() + " liikuntahalli", "Idrottshallen i " + m.nameSv(), m.nameFi() + " sports hall");
				case "parish-centre" -> LocalizedText.of(m.genitiveFi() + " seurakuntakeskus", "Församlingscentret i " + m.nameSv(), m.nameFi() + " parish centre");
				case "town-hall" -> LocalizedText.of(m.genitiveFi() + (m.city() ? " kaupungintalo" : " kunnantalo"), "Kommunhuset i " + m.nameSv(),
						m.nameFi() + " town hall");
				case "family-house" -> LocalizedText.of("Perhetalo Pesä, " + m.nameFi(), "Familjehuset Boet, " + m.nameSv(), "Family house Pesä, " + m.nameFi());
				case "kela-office" -> LocalizedText.of("Kelan palvelupiste, " + m.nameFi(), "FPA:s servicepunkt, " + m.nameSv(), "Kela service point, " + m.nameFi());
				default -> throw new IllegalStateException("Unknown kind of place " + kind);
			};
			int n = placesByKey.size();
			double angle = n * 1.3;
			Place place = new Place(DemoIds.of("place", key), organisation.id().value(), name, STREETS.get(n % STREETS.size()) + " " + (1 + n % 40),
					m.postcodePrefix() + "%02d".formatted((n % 4) * 5), m.code(), m.latitude() + Math.sin(angle) * 0.01, m.longitude() + Math.cos(angle) * 0.02,
					LocalizedText.of("Esteetön sisäänkäynti, invapysäköinti ja inva-WC.", "Tillgänglig entré, handikapparkering och handikapptoalett.",
							"Step-free entrance, accessible parking and an accessible toilet."));
			places.add(place);
			return place;
		});
	}

	private static final List<String> STREETS = List.of("Keskuskatu", "Kirkkotie", "Koulutie", "Torikatu", "Rantatie", "Puistokatu", "Asemakatu");

	private Organisation organisation(String role, MunicipalitySpec m) {
		return switch (role) {
			case "county" -> region.county;
			case "municipality" -> region.municipalityOrganisations.get(m.code());
			case "parish" -> region.parishes.get(m.code());
			case "mll" -> region.mllBranches.getOrDefault(m.code(), region.firstMll);
			case "family-association" -> region.familyAssociation;
			case "youth-house" -> region.youthHouse;
			case "kela" -> region.kela;
			default -> throw new IllegalStateException("Unknown organisation " + role);
		};
	}

	private static List<WeeklyHours> hours(Template template) {
		List<WeeklyHours> hours = new ArrayList<>();
		for (Hours h : template.hours()) {
			for (int day : h.days()) {
				hours.add(new WeeklyHours(DayOfWeek.of(day), LocalTime.parse(h.opens()), LocalTime.parse(h.closes())));
			}
		}
		return hours;
	}

	private static MunicipalitySpec municipality(String code) {
		return MunicipalitySpec.COUNTY.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
	}

	private static String fill(String text, MunicipalitySpec m) {
		return text == null ? null : text.replace("{mg}", m.genitiveFi()).replace("{ms}", m.nameSv()).replace("{m}", m.nameFi()).replace("{code}", m.code());
	}

	private static <T> T read(String resource, TypeReference<T> type) {
		try (InputStream in = DemoDirectory.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return json.readValue(in, type);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
