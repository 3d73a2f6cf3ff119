package fi.yhdessa.directory.ptv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.yhdessa.directory.kinds.KindWords;
import fi.yhdessa.directory.ptv.PtvRecords.Term;
import fi.yhdessa.platform.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading PTV's documents, its coordinates and its vocabularies, without a server. */
class PtvFormatTests {

	@Test
	void turnsTheNationalGridCoordinatesOfPtvIntoDegreesAndKeepsDegreesAsTheyAre() {
		// Expected values from Krüger's series for the inverse Transverse Mercator (GRS80, 27° E, k 0.9996), worked apart from the code.
		PtvCoordinates.Degrees helsinki = PtvCoordinates.of(6_672_000.0, 385_000.0);
		assertThat(helsinki.latitude()).isCloseTo(60.168666, within(1e-6));
		assertThat(helsinki.longitude()).isCloseTo(24.927458, within(1e-6));
		PtvCoordinates.Degrees oulu = PtvCoordinates.of(7_211_000.0, 427_000.0);
		assertThat(oulu.latitude()).isCloseTo(65.014813, within(1e-6));
		assertThat(oulu.longitude()).isCloseTo(25.450989, within(1e-6));
		assertThat(PtvCoordinates.of(62.24, 25.75)).isEqualTo(new PtvCoordinates.Degrees(62.24, 25.75));
		assertThat(PtvCoordinates.of(1.0, 2.0)).as("neither in Finland's grid nor in Finland").isNull();
	}

	@Test
	void findsTopicsByTheWordsOfTermNamesInEachLanguageAndByExactUris() {
		KindWords kinds = KindWords.load();
		assertThat(PtvFormat.kinds(kinds, List.of(term(null, "Päihdepalvelut", null, null)))).containsExactly("substances");
		assertThat(PtvFormat.kinds(kinds, List.of(term(null, null, "Förlossning", null)))).contains("pregnancy");
		assertThat(PtvFormat.kinds(kinds, List.of(term(null, null, null, "Early childhood education")))).containsExactly("early-education");
		assertThat(PtvFormat.kinds(kinds, List.of(term("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.3", null, null, null)))).containsExactly("youth");
		assertThat(PtvFormat.kinds(kinds, List.of(term(null, "Kristillinen musiikki", null, null)))).as("no crisis in a hymn").doesNotContain("crisis");
		assertThat(PtvFormat.kinds(kinds, List.of(term(null, "Rakennusvalvonta", null, null)))).isEmpty();
	}

	@Test
	void refusesADocumentOutsideThePtvFormatWithWhatWasWrong() {
		assertThatThrownBy(() -> PtvFormat.services("{\"id\":1}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(PtvRefused.class)
			.extracting(refused -> ((PtvRefused) refused).messageKey()).isEqualTo("ptv.error.notList");
		assertThatThrownBy(() -> PtvFormat.services("[{\"id\":\"not-a-guid\"}]".getBytes(StandardCharsets.UTF_8)))
			.extracting(refused -> ((PtvRefused) refused).messageKey()).isEqualTo("ptv.error.badId");
		assertThatThrownBy(() -> PtvFormat.services("[{\"id\":\"5a0c7d2e-1f3b-4c8a-9e6d-0b1a2c3d4e01\",\"serviceNames\":\"x\"}]".getBytes(StandardCharsets.UTF_8)))
			.extracting(refused -> ((PtvRefused) refused).arguments()[0]).isEqualTo("serviceNames");
		assertThatThrownBy(() -> PtvFormat.idPage("{\"pageCount\":".getBytes(StandardCharsets.UTF_8)))
			.extracting(refused -> ((PtvRefused) refused).messageKey()).isEqualTo("ptv.error.json");
	}

	@Test
	void readsTheTestFilesWholeSoTheyAreInTheFormatTheReaderExpects() throws Exception {
		Path files = Path.of("src/test/resources/ptv");
		assertThat(PtvFormat.services(Files.readAllBytes(files.resolve("services.json")))).hasSize(4);
		assertThat(PtvFormat.channels(Files.readAllBytes(files.resolve("channels.json")))).extracting(PtvRecords.Channel::type)
			.containsExactly("ServiceLocation", "Phone", "WebPage", "EChannel");
		assertThat(PtvFormat.idPage(Files.readAllBytes(files.resolve("empty-page.json"))).ids()).isEmpty();
	}

	private static Term term(String uri, String fi, String sv, String en) {
		return new Term(uri, null, LocalizedText.ofNullable(fi, sv, en));
	}
}
