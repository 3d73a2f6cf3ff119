package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecompounderTests {

	@Test
	void splitsFinnishCompoundsOfFamilyServices() {
		assertThat(Decompounder.parts("perhekahvila")).containsExactly("perhe", "kahvila");
		assertThat(Decompounder.parts("perhekahvilaan")).containsExactly("perhe", "kahvilaan");
		assertThat(Decompounder.parts("vauvaryhmä")).containsExactly("vauva", "ryhmä");
		assertThat(Decompounder.parts("lastenneuvola")).containsExactly("lasten", "neuvola");
		assertThat(Decompounder.parts("vertaistukiryhmä")).containsExactly("vertaistuki", "ryhmä");
	}

	@Test
	void splitsSwedishCompounds() {
		assertThat(Decompounder.parts("familjecafe")).containsExactly("familje", "cafe");
		assertThat(Decompounder.parts("barnrådgivningen")).containsExactly("barn", "rådgivningen");
	}

	@Test
	void leavesInflectedAndSimpleWordsWhole() {
		assertThat(Decompounder.parts("perheille")).isEmpty();
		assertThat(Decompounder.parts("perheessä")).isEmpty();
		assertThat(Decompounder.parts("kahvila")).isEmpty();
		assertThat(Decompounder.parts("järvilinna")).isEmpty();
		assertThat(Decompounder.parts("barnen")).isEmpty();
	}

	@Test
	void foldsAccentsButKeepsNordicLetters() {
		assertThat(TextFolding.fold("Familjecafé ÅÄÖ")).isEqualTo("familjecafe åäö");
		assertThat(TextFolding.words("MLL:n perhekahvila, Järvilinna")).containsExactly("mll", "n", "perhekahvila", "järvilinna");
	}

	@Test
	void addsThePartsOfCompoundsToATextForTheIndex() {
		assertThat(Decompounder.withParts("Vauvaryhmä, Koivula")).isEqualTo("Vauvaryhmä, Koivula vauva ryhmä");
	}
}
