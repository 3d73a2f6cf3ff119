package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.search.SearchCounting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A need the search does not know yet, as an editor names it: in three languages, the kinds of service that help, and a first phrase. */
public class NewNeedForm {

	static final int LONGEST_LABEL = 100;

	@NotBlank(message = "{validation.required}")
	@Size(max = LONGEST_LABEL, message = "{validation.tooLongMax}")
	private String labelFi = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = LONGEST_LABEL, message = "{validation.tooLongMax}")
	private String labelSv = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = LONGEST_LABEL, message = "{validation.tooLongMax}")
	private String labelEn = "";

	@NotEmpty(message = "{needs.new.kinds.required}")
	private List<String> kinds = new ArrayList<>();

	@NotBlank(message = "{validation.required}")
	@Size(max = SearchCounting.LONGEST, message = "{validation.tooLongMax}")
	private String firstPhrase = "";

	@Pattern(regexp = "fi|sv|en", message = "{synonyms.language.invalid}")
	private String phraseLanguage = "fi";

	public String getLabelFi() {
		return labelFi;
	}

	public void setLabelFi(String labelFi) {
		this.labelFi = stripped(labelFi);
	}

	public String getLabelSv() {
		return labelSv;
	}

	public void setLabelSv(String labelSv) {
		this.labelSv = stripped(labelSv);
	}

	public String getLabelEn() {
		return labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = stripped(labelEn);
	}

	public List<String> getKinds() {
		return kinds;
	}

	public void setKinds(List<String> kinds) {
		this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
	}

	public String getFirstPhrase() {
		return firstPhrase;
	}

	public void setFirstPhrase(String firstPhrase) {
		this.firstPhrase = stripped(firstPhrase);
	}

	public String getPhraseLanguage() {
		return phraseLanguage;
	}

	public void setPhraseLanguage(String phraseLanguage) {
		this.phraseLanguage = phraseLanguage;
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}
}
