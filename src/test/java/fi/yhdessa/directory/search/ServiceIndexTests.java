package fi.yhdessa.directory.search;

import static fi.yhdessa.directory.search.SearchLanguage.EN;
import static fi.yhdessa.directory.search.SearchLanguage.FI;
import static fi.yhdessa.directory.search.SearchLanguage.SV;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A family's words find the service that answers them, in another form, another language or with a typo. */
class ServiceIndexTests {

	static final IndexedService CAFE = service("Perhekahvila Kompassi", "Avoin kohtaamispaikka vauvaperheille ja taaperoille.", "meeting-places",
			List.of("Kohtaamispaikka"), List.of("Mötesplats"), List.of("Meeting place"));
	static final IndexedService SLEEP = service("Unikoulu", "Perhetyöntekijä auttaa, kun vauva ei nuku tai herää öisin.", "home-help",
			List.of("Unen tuki"), List.of("Sömnstöd"), List.of("Sleep support"));
	static final IndexedService DEBT = service("Talous- ja velkaneuvonta", "Apua, kun rahat eivät riitä laskuihin.", "finances",
			List.of("Talousneuvonta"), List.of("Ekonomisk rådgivning"), List.of("Debt advice"));
	static final IndexedService SPEECH = service("Puheterapia", "Puheterapeutti arvioi lapsen puheen ja kielen kehitystä.", "development",
			List.of("Puheterapia"), List.of("Talterapi"), List.of("Speech therapy"));
	static final IndexedService CLINIC = new IndexedService(UUID.randomUUID(), Map.of(SV, "Barnrådgivningen i Jakobstad"),
			Map.of(SV, "Hälsokontroller för barn under skolåldern."), List.of("health"),
			Map.of(FI, List.of("Lastenneuvola"), SV, List.of("Barnrådgivning"), EN, List.of("Child health clinic")), List.of("598"));
	static final IndexedService SHELTER = service("Turvakoti Satama", "Turvaa ympäri vuorokauden.", "violence", List.of("Turvakoti"), List.of("Skyddshem"),
			List.of("Shelter home"));

	private final ServiceIndex index = ServiceIndex.of(List.of(CAFE, SLEEP, DEBT, SPEECH, CLINIC, SHELTER), List.of());

	@AfterEach
	void close() throws Exception {
		index.close();
	}

	@Test
	void aWordFindsTheCompoundsAndFormsItIsIn() {
		assertThat(first("kahvila")).isEqualTo(CAFE.id());
		assertThat(first("perhekahvilat")).isEqualTo(CAFE.id());
		assertThat(first("neuvontaa velkoihin")).isEqualTo(DEBT.id());
	}

	@Test
	void theServiceThatAnswersMoreOfTheWordsComesFirst() {
		assertThat(index.search("vauva ei nuku", 5).ids()).startsWith(SLEEP.id()).contains(CAFE.id());
	}

	@Test
	void aSearchInAnotherLanguageFindsAServiceDescribedInOneByItsKind() {
		assertThat(first("speech therapy")).isEqualTo(SPEECH.id());
		assertThat(first("talterapi")).isEqualTo(SPEECH.id());
		assertThat(first("lastenneuvola")).isEqualTo(CLINIC.id());
		assertThat(first("barnrådgivning")).isEqualTo(CLINIC.id());
	}

	@Test
	void aTypoOrMissingDotsStillFindTheService() {
		assertThat(first("perhekahvla")).isEqualTo(CAFE.id());
		assertThat(first("rahat ei riita")).isEqualTo(DEBT.id());
		assertThat(first("somnstod")).isEqualTo(SLEEP.id());
	}

	@Test
	void aWordTheNeedsAreSaidWithIsNeverCorrectedIntoAnotherWord() {
		ServiceIndex.Hits hits = index.search(SearchQuery.of("barnet pratar inte", 5));
		assertThat(hits.correctedText()).as("inte is a word of a need, not a misspelt word of a name").isNull();
		assertThat(hits.understood()).extracting(NeedsVocabulary.Need::code).containsExactly("speech");
	}

	@Test
	void wordsOfANeedFindTheServicesThatHelpWithItAndSaySo() {
		ServiceIndex.Hits hits = index.search("my husband hits me", 5);
		assertThat(hits.understood()).extracting(NeedsVocabulary.Need::code).contains("violence");
		assertThat(hits.ids()).startsWith(SHELTER.id());
		assertThat(hits.hits().getFirst().helpsWith()).extracting(need -> need.label(EN)).contains("violence at home");
		assertThat(index.search("olen yksinäinen", 5).ids()).as("lonely: a meeting place helps").startsWith(CAFE.id());
		assertThat(index.search("pengarna räcker inte", 5).ids()).startsWith(DEBT.id());
	}

	@Test
	void theSeedListNamesEveryNeedInEveryLanguage() {
		assertThat(NeedsVocabulary.seed()).hasSizeGreaterThanOrEqualTo(30).allSatisfy(need -> {
			assertThat(need.topics()).isNotEmpty();
			for (SearchLanguage language : SearchLanguage.values()) {
				assertThat(need.label(language)).as("%s in %s", need.code(), language).isNotBlank();
				assertThat(need.phrases().get(language.name().toLowerCase(java.util.Locale.ROOT))).as("%s in %s", need.code(), language).isNotEmpty();
			}
		});
	}

	@Test
	void anEditorsSynonymSearchesForItsExpansionToo() throws Exception {
		IndexedService daycare = new IndexedService(UUID.randomUUID(), Map.of(FI, "Päiväkoti Tähti"), Map.of(FI, "Varhaiskasvatusta 1–6-vuotiaille."),
				List.of("early-education"), Map.of(), List.of("179"));
		try (ServiceIndex withSynonym = ServiceIndex.of(List.of(CAFE, daycare), List.of(new SynonymRule("tarhapaikka", "päiväkoti", FI)));
				ServiceIndex without = ServiceIndex.of(List.of(CAFE, daycare), List.of())) {
			assertThat(withSynonym.search("tarhapaikkaa", 5).ids()).containsExactly(daycare.id());
			assertThat(without.search("tarhapaikkaa", 5).ids()).doesNotContain(daycare.id());
		}
	}

	@Test
	void filtersNarrowTheSearchAndFacetsCountWhatWasFound() {
		ServiceIndex.Hits everywhere = index.search("neuvola neuvonta", 10);
		assertThat(everywhere.ids()).contains(CLINIC.id(), DEBT.id());
		assertThat(everywhere.facets().get("municipality")).containsExactly(new ServiceIndex.Count("179", everywhere.total() - 1),
				new ServiceIndex.Count("598", 1));
		assertThat(everywhere.facets().get("topic")).extracting(ServiceIndex.Count::value).contains("health", "finances");

		ServiceIndex.Hits inJakobstad = index.search("neuvola neuvonta", Filters.none().inMunicipality("598"), 10);
		assertThat(inJakobstad.ids()).containsExactly(CLINIC.id());
		assertThat(inJakobstad.total()).isOne();
		assertThat(index.search("neuvola neuvonta", Filters.none().onTopic("finances"), 10).ids()).containsExactly(DEBT.id());
	}

	@Test
	void stopWordsAloneFindNothingAndNoWordsListEverything() {
		assertThat(index.search("ja och the", 5).total()).isZero();
		assertThat(index.search("  ", 5).total()).isEqualTo(index.size());
	}

	@Test
	void withoutWordsTheNearestComeFirstAndTraitsNarrowTheList() throws Exception {
		IndexedService.Point helsinki = new IndexedService.Point(60.17, 24.94);
		IndexedService.Point turku = new IndexedService.Point(60.45, 22.27);
		IndexedService near = traited("Lähellä", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of("PHONE"), true, true, 0, 6, List.of(helsinki)));
		IndexedService far = traited("Kaukana", new IndexedService.Traits("SERVICE", List.of("fi", "sv"), List.of(), false, false, 13, 17, List.of(turku)));
		try (ServiceIndex places = ServiceIndex.of(List.of(far, near), List.of())) {
			SearchQuery fromTurku = new SearchQuery("", false, Filters.none(), turku, 0, 5);
			assertThat(places.search(fromTurku).ids()).containsExactly(far.id(), near.id());
			assertThat(places.search(fromTurku.within(new Filters(null, null, 3, 5, null, null, null, false, false, null))).ids()).containsExactly(near.id());
			assertThat(places.search(fromTurku.within(new Filters(null, null, null, null, "sv", null, null, false, false, null))).ids()).containsExactly(far.id());
			assertThat(places.search(fromTurku.within(new Filters(null, null, null, null, null, "PHONE", "ACTIVITY", true, true, null))).ids())
				.containsExactly(near.id());
			assertThat(places.search(fromTurku.within(new Filters(null, null, null, null, null, null, null, false, false, List.of(near.id())))).ids())
				.containsExactly(near.id());
			assertThat(places.search(fromTurku).facets().get("kind")).containsExactly(new ServiceIndex.Count("ACTIVITY", 1), new ServiceIndex.Count("SERVICE", 1));
		}
	}

	@Test
	void theSameActivityInSeveralPlacesIsOneResultWithItsPlacesNearestFirst() throws Exception {
		IndexedService.Point turku = new IndexedService.Point(60.45, 22.27);
		IndexedService.Point salo = new IndexedService.Point(60.38, 23.13);
		IndexedService.Point helsinki = new IndexedService.Point(60.17, 24.94);
		IndexedService inHelsinki = traited("Vauvauinti Helsinki", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 1, List.of(helsinki), "swim"));
		IndexedService inSalo = traited("Vauvauinti Salo", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 1, List.of(salo), "swim"));
		IndexedService inTurku = traited("Vauvauinti Turku", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 1, List.of(turku), "swim"));
		IndexedService other = traited("Uinti koululaisille", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 5, 12, List.of(turku)));
		try (ServiceIndex swimming = ServiceIndex.of(List.of(inHelsinki, inSalo, inTurku, other), List.of())) {
			SearchQuery fromTurku = new SearchQuery("uinti", false, Filters.none(), turku, 0, 10).byActivity();
			ServiceIndex.Hits grouped = swimming.search(fromTurku);
			assertThat(grouped.total()).isEqualTo(2);
			ServiceIndex.Hit swim = grouped.hits().stream().filter(hit -> !hit.id().equals(other.id())).findFirst().orElseThrow();
			assertThat(swim.id()).isEqualTo(inTurku.id());
			assertThat(swim.sameActivity()).containsExactly(inSalo.id(), inHelsinki.id());
			assertThat(grouped.facets().get("kind")).containsExactly(new ServiceIndex.Count("ACTIVITY", 4));
			assertThat(swimming.search(new SearchQuery("uinti", false, Filters.none(), turku, 0, 10)).total()).as("not grouped").isEqualTo(4);
		}
	}

	@Test
	void anActivitysOtherPlacesAreThoseTheFiltersAllowNearestFirst() throws Exception {
		IndexedService.Point turku = new IndexedService.Point(60.45, 22.27);
		IndexedService near = traited("Vauvauinti", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 1,
				List.of(new IndexedService.Point(60.40, 22.30)), "swim"));
		IndexedService paid = traited("Vauvauinti", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), false, true, 0, 1,
				List.of(new IndexedService.Point(60.44, 22.27)), "swim"));
		IndexedService far = traited("Vauvauinti", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 1,
				List.of(new IndexedService.Point(60.17, 24.94)), "swim"));
		IndexedService here = traited("Vauvauinti", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 1, List.of(turku), "swim"));
		try (ServiceIndex swimming = ServiceIndex.of(List.of(far, near, paid, here), List.of())) {
			Filters free = new Filters(null, null, null, null, null, null, null, true, false, null);
			ServiceIndex.Hits found = swimming.search(new SearchQuery("vauvauinti", false, free, turku, 0, 10).byActivity());
			assertThat(found.hits()).singleElement().satisfies(swim -> {
				assertThat(swim.id()).isEqualTo(here.id());
				assertThat(swim.sameActivity()).as("free ones only, the nearest first").containsExactly(near.id(), far.id());
			});
		}
	}

	@Test
	void anActivityGivenInManyPlacesDoesNotCrowdTheOthersOffThePage() throws Exception {
		IndexedService.Point here = new IndexedService.Point(60.45, 22.27);
		List<IndexedService> services = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			services.add(traited("Perhekahvila " + i, new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 6,
					List.of(new IndexedService.Point(60.45 + i * 0.01, 22.27)), "cafe")));
		}
		IndexedService club = traited("Perhekahvilan kerho", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 6, List.of(here)));
		IndexedService walk = traited("Perhekahvilan retki", new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 6, List.of(here)));
		services.add(club);
		services.add(walk);
		try (ServiceIndex cafes = ServiceIndex.of(services, List.of())) {
			SearchQuery firstPage = new SearchQuery("perhekahvila", false, Filters.none(), here, 0, 2).byActivity();
			ServiceIndex.Hits page = cafes.search(firstPage);
			assertThat(page.total()).as("three activities").isEqualTo(3);
			assertThat(page.hits()).hasSize(2);
			assertThat(page.hits().getFirst().sameActivity()).as("the other places of the first: thirty places at most").hasSize(29);
			ServiceIndex.Hits second = cafes.search(new SearchQuery("perhekahvila", false, Filters.none(), here, 2, 2).byActivity());
			assertThat(second.hits()).hasSize(1);
			assertThat(java.util.stream.Stream.concat(page.hits().stream(), second.hits().stream()).map(ServiceIndex.Hit::id))
				.as("the groups past the first window of services are found, each once").doesNotHaveDuplicates().hasSize(3)
				.contains(club.id(), walk.id());
		}
	}

	@Test
	void namesAreOrderedAsInFinnishAlsoWhereTheyDifferOnlyLate() {
		List<String> names = List.of("Öljymaalauskerho", "Zumba", "Äitiysneuvola", "Perhekahvila Kompassi", "Perhekahvila Majakka", "Aamukerho", "Vauvauinti");
		java.util.Comparator<long[]> numbers = java.util.Arrays::compare;
		List<String> ordered = names.stream()
			.sorted(java.util.Comparator.comparing(name -> ServiceDocument.sortKey(new IndexedService(UUID.randomUUID(), Map.of(FI, name), Map.of(), List.of(),
					Map.of(), List.of("179"))), numbers))
			.toList();
		assertThat(ordered).containsExactly("Aamukerho", "Perhekahvila Kompassi", "Perhekahvila Majakka", "Vauvauinti", "Zumba", "Äitiysneuvola",
				"Öljymaalauskerho");
	}

	@Test
	void whileOneTypesTheLastWordFindsTheNamesItBegins() {
		assertThat(index.search(new SearchQuery("kompa", true, Filters.none(), null, 0, 5)).ids()).contains(CAFE.id());
		assertThat(index.search(new SearchQuery("kompa", false, Filters.none(), null, 0, 5)).ids()).doesNotContain(CAFE.id());
	}

	private static IndexedService traited(String name, IndexedService.Traits traits) {
		return new IndexedService(UUID.randomUUID(), Map.of(FI, name), Map.of(), List.of(), Map.of(), List.of("179"), traits);
	}

	@Test
	void aChangedOrRemovedServiceIsSearchedAsItIsNow() {
		index.put(List.of(new IndexedService(CAFE.id(), Map.of(FI, "Perhekahvila Majakka"), Map.of(FI, "Avoin kohtaamispaikka."), List.of(), Map.of(),
				List.of("179"))));
		assertThat(first("majakka")).isEqualTo(CAFE.id());
		assertThat(index.search("kompassi", 5).total()).isZero();
		index.remove(List.of(CAFE.id()));
		assertThat(index.search("majakka", 5).total()).isZero();
		assertThat(index.size()).isEqualTo(5);
	}

	private UUID first(String words) {
		ServiceIndex.Hits hits = index.search(words, 5);
		assertThat(hits.ids()).as("found by %s", words).isNotEmpty();
		return hits.ids().getFirst();
	}

	static IndexedService service(String name, String description, String topic, List<String> kindsFi, List<String> kindsSv, List<String> kindsEn) {
		return new IndexedService(UUID.randomUUID(), Map.of(FI, name), Map.of(FI, description), List.of(topic),
				Map.of(FI, kindsFi, SV, kindsSv, EN, kindsEn), List.of("179"));
	}
}
