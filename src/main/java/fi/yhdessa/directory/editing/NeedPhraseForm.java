package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.search.SearchCounting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An everyday phrase an editor adds to a need, as typed. */
class NeedPhraseForm {

	@NotBlank(message = "{validation.required}")
	private String need = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = SearchCounting.LONGEST, message = "{validation.tooLongMax}")
	private String phrase = "";

	@Pattern(regexp = "fi|sv|en", message = "{synonyms.language.invalid}")
	private String language = "fi";

	public String getNeed() {
		return need;
	}

	public void setNeed(String need) {
		this.need = need == null ? "" : need.strip();
	}

	public String getPhrase() {
		return phrase;
	}

	public void setPhrase(String phrase) {
		this.phrase = phrase == null ? "" : phrase.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
