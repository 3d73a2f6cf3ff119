package fi.yhdessa.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A proposal as written: its theme and what is proposed. */
public class ProposalForm {

	@NotBlank(message = "{proposal.error.theme}")
	@Size(max = 120, message = "{proposal.error.theme}")
	private String theme;

	@NotBlank(message = "{proposal.error.text}")
	@Size(max = 4000, message = "{proposal.error.text}")
	private String text;

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}
}
