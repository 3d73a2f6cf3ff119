package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DirectorySearchIntegrationTests {

	@Autowired
	Directory directory;

	@Test
	void findsTheFamilyCafeByAnInflectedFinnishWord() {
		assertThat(names("perhekahvilaan")).first().asString().contains("perhekahvila");
	}

	@Test
	void findsTheFamilyCafeByItsCompoundPartsInOtherWords() {
		assertThat(names("kahvila perheille")).first().asString().containsIgnoringCase("perhekahvila");
	}

	@Test
	void findsTheClinicByASwedishInflectedWord() {
		ServiceHit first = directory.search(SearchRequest.of("barnrådgivningen")).hits().getFirst();
		assertThat(first.name().sv()).isEqualTo("Barnrådgivningen i Björkby");
	}

	@Test
	void findsSeparationServicesThroughTheSynonymsOfAnEverydayWord() {
		assertThat(names("ero").subList(0, 3)).anySatisfy(name -> assertThat(name).contains("Lastenvalvoja"))
			.anySatisfy(name -> assertThat(name).contains("Eroauttaminen"));
	}

	@Test
	void findsDebtAdviceWhenMoneyDoesNotStretch() {
		assertThat(names("rahat ei riitä").subList(0, 3)).anySatisfy(name -> assertThat(name).contains("velkaneuvonta"));
	}

	@Test
	void correctsATypoThatNoServiceHasInAnyForm() {
		SearchResults results = directory.search(SearchRequest.of("perhekahvlia"));
		assertThat(results.correctedText()).isEqualTo("perhekahvila");
		assertThat(results.hits()).isNotEmpty();
	}

	@Test
	void narrowsToAMunicipality() {
		SearchResults results = directory.search(SearchRequest.of("neuvola").inMunicipality("805"));
		assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.municipalityCodes()).contains("805"));
		assertThat(results.hits().getFirst().name().fi()).contains("Peltola");
	}

	private List<String> names(String text) {
		return directory.search(SearchRequest.of(text)).hits().stream().map(hit -> hit.name().fi()).toList();
	}
}
