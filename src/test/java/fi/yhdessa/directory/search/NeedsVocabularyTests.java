package fi.yhdessa.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** A query speaks of a need when it holds every word of one of the need's phrases, in any form. */
class NeedsVocabularyTests {

	private final NeedsVocabulary vocabulary = new NeedsVocabulary(NeedsVocabulary.seed());
	private final Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);

	NeedsVocabularyTests() {
		for (SearchLanguage language : SearchLanguage.values()) {
			analyzers.put(language, new TextAnalyzer(language, CompoundParts.general()));
		}
	}

	@Test
	void everyWordOfAPhraseInAnyFormMakesTheNeed() {
		assertThat(codes("vauvamme ei nuku öisin")).contains("baby-sleep");
		assertThat(codes("meidän rahat eivät riitä")).contains("money");
		assertThat(codes("bebisen sover inte")).contains("baby-sleep");
		assertThat(codes("our baby won't sleep")).contains("baby-sleep");
	}

	@Test
	void aQueryWordCountsByItsPartsAPhraseWordOnlyWhole() {
		assertThat(codes("perheväkivaltaa kotona")).as("väkivalta is in perheväkivaltaa").contains("violence");
		assertThat(codes("perhekahvila")).as("perhetyö is not in perhekahvila").doesNotContain("worry-about-child", "violence");
		assertThat(codes("aika ei riitä")).as("one word of a two-word phrase").doesNotContain("money");
	}

	@Test
	void everyPhraseOfTheSeedListIsUnderstoodAsItsOwnNeed() {
		for (NeedsVocabulary.Need need : NeedsVocabulary.seed()) {
			need.phrases().values().forEach(phrases -> phrases.forEach(phrase -> assertThat(codes(phrase)).as(phrase).contains(need.code())));
		}
	}

	@Test
	void aSentenceIsNotUnderstoodByOneEverydayVerbOfAnotherNeed() {
		assertThat(codes("barnet pratar inte")).containsExactly("speech");
		assertThat(codes("vad ska jag göra")).doesNotContain("hobbies");
		assertThat(codes("walking group for parents")).doesNotContain("development");
	}

	@Test
	void everydayWordsOfAWorryNameItsNeedInEachLanguage() {
		assertThat(codes("mieheni juo liikaa")).contains("substances");
		assertThat(codes("my partner drinks every night")).contains("substances");
		assertThat(codes("mitt barn talar inte")).contains("speech");
		assertThat(codes("I'm exhausted")).contains("tired-parent");
		assertThat(codes("elatusapu erossa")).contains("separation");
		assertThat(codes("child support after divorce")).contains("separation");
		assertThat(codes("odotamme ensimmäistä vauvaa")).contains("expecting");
		assertThat(codes("gratis aktiviteter för barn")).contains("hobbies");
		assertThat(codes("my child is sad")).contains("young-mood");
		assertThat(codes("feeling low after birth")).contains("postnatal-mood");
		assertThat(codes("en närstående dog")).contains("crisis");
		assertThat(codes("dagisplats")).contains("daycare");
	}

	@Test
	void aChildPlayingOrSpeakingALanguageIsNoWorry() {
		assertThat(codes("barnet spelar fotboll")).isEmpty();
		assertThat(codes("barnet talar svenska")).as("a phrase that says not needs words that say it").doesNotContain("speech");
		assertThat(codes("lapsi puhuu ruotsia")).doesNotContain("speech");
		assertThat(codes("lapsi ei puhu ruotsia")).as("these words do say it").contains("speech");
		assertThat(codes("en bebis sover")).as("the Swedish en is an article").doesNotContain("baby-sleep");
		assertThat(codes("pelaa jalkapalloa")).isEmpty();
		assertThat(codes("my dog")).as("the Swedish dog (died) only with a närstående").isEmpty();
	}

	private List<String> codes(String text) {
		return vocabulary.understood(text, analyzers).stream().map(NeedsVocabulary.Need::code).toList();
	}
}
