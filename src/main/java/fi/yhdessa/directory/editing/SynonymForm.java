package fi.yhdessa.directory.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An everyday phrase and the service term it should find, as an editor typed them. */
class SynonymForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLongMax}")
	private String phrase = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String expansion = "";

	@Pattern(regexp = "fi|sv|en", message = "{synonyms.language.invalid}")
	private String language = "fi";

	public String getPhrase() {
		return phrase;
	}

	public void setPhrase(String phrase) {
		this.phrase = phrase == null ? "" : phrase.strip();
	}

	public String getExpansion() {
		return expansion;
	}

	public void setExpansion(String expansion) {
		this.expansion = expansion == null ? "" : expansion.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
