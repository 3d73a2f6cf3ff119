package fi.yhdessa.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** A word a family types finds the texts that say it in another form: inflected, inside a compound, without its dots. */
class TextAnalyzerTests {

	private final CompoundParts parts = CompoundParts.withWordsOf(List.of("Perhekahvila", "Vauvaryhmä", "Lastenneuvola"));

	@Test
	void aFinnishWordFindsItsInflectedFormsAndTheCompoundsItIsPartOf() {
		Analyzer finnish = new TextAnalyzer(SearchLanguage.FI, parts);
		assertThat(shared(finnish, "Perhekahvilassa on mukavaa", "kahvila")).isNotEmpty();
		assertThat(shared(finnish, "Perhekahvilat kokoontuvat", "perhe")).isNotEmpty();
		assertThat(shared(finnish, "Vauvaryhmä alle 1-vuotiaille", "ryhmä")).isNotEmpty();
		assertThat(shared(finnish, "Lastenneuvolassa punnitaan", "neuvolaan")).isNotEmpty();
		assertThat(shared(finnish, "Isäryhmä kokoontuu", "isä")).isNotEmpty();
		assertThat(shared(finnish, "Perheneuvola auttaa", "kahvila")).isEmpty();
	}

	@Test
	void eitherStemmerBringsTheFormsTogether() {
		Analyzer finnish = new TextAnalyzer(SearchLanguage.FI, parts);
		assertThat(shared(finnish, "Apua väkivaltaa kokeneille", "väkivalta")).as("the light stemmer's").isNotEmpty();
		assertThat(shared(finnish, "Tukea vauvan kanssa", "vauva")).isNotEmpty();
		Analyzer swedish = new TextAnalyzer(SearchLanguage.SV, parts);
		assertThat(shared(swedish, "Stöd för föräldrarna", "föräldrar")).as("Snowball's").isNotEmpty();
		assertThat(shared(swedish, "Barnen leker", "barn")).isNotEmpty();
	}

	@Test
	void finnishWordsThatDifferByADoubleVowelStayApart() {
		Analyzer finnish = new TextAnalyzer(SearchLanguage.FI, parts);
		assertThat(shared(finnish, "tuuli", "tuli")).isEmpty();
		assertThat(terms(new TextAnalyzer(SearchLanguage.EN, parts), "doesn't")).containsExactly("doesn't");
	}

	@Test
	void aSwedishWordFindsItsDefiniteFormsAndCompounds() {
		Analyzer swedish = new TextAnalyzer(SearchLanguage.SV, parts);
		assertThat(shared(swedish, "Barnrådgivningen i Jakobstad", "rådgivning")).isNotEmpty();
		assertThat(shared(swedish, "Familjecaféet är öppet", "familj")).isNotEmpty();
		assertThat(shared(swedish, "Stöd för föräldrar", "föräldrarna")).isNotEmpty();
	}

	@Test
	void anEnglishWordFindsItsPluralsAndPossessives() {
		Analyzer english = new TextAnalyzer(SearchLanguage.EN, parts);
		assertThat(shared(english, "Groups for parents' evenings", "parent")).isNotEmpty();
		assertThat(shared(english, "Babies and toddlers", "baby")).isNotEmpty();
	}

	@Test
	void lettersWithoutTheirDotsFindTheWordInEveryLanguage() {
		assertThat(shared(new TextAnalyzer(SearchLanguage.FI, parts), "Äitiysneuvola", "aitiysneuvola")).isNotEmpty();
		assertThat(shared(new TextAnalyzer(SearchLanguage.FI, parts), "Äitiysneuvola", "neuvola")).isNotEmpty();
		assertThat(shared(new TextAnalyzer(SearchLanguage.SV, parts), "Föräldrastöd", "foraldrastod")).isNotEmpty();
		assertThat(shared(new TextAnalyzer(SearchLanguage.EN, parts), "Family café Äitiys", "aitiys")).isNotEmpty();
	}

	@Test
	void otherAccentsAreDroppedAsTheDotsAre() {
		Analyzer finnish = new TextAnalyzer(SearchLanguage.FI, parts);
		assertThat(shared(finnish, "Café Šárka", "cafe")).isNotEmpty();
		assertThat(shared(finnish, "Café Šárka", "sarka")).isNotEmpty();
		assertThat(shared(finnish, "Perheneuvola", "perheneuvolä")).as("the same word").isNotEmpty();
	}

	@Test
	void theDirectorysOwnWordsJoinTheGeneralList() {
		assertThat(CompoundParts.withWordsOf(List.of("Satumetsä")).words().contains("satumetsä")).isTrue();
		assertThat(CompoundParts.general().words().contains("satumetsä")).isFalse();
		assertThat(CompoundParts.withWordsOf(List.of("Yö ja uni")).words().contains("yö")).as("a short word of a name").isFalse();
	}

	private static Set<String> shared(Analyzer analyzer, String text, String query) {
		Set<String> common = terms(analyzer, text);
		common.retainAll(terms(analyzer, query));
		return common;
	}

	static Set<String> terms(Analyzer analyzer, String text) {
		return TextAnalyzer.terms(analyzer, text);
	}
}
