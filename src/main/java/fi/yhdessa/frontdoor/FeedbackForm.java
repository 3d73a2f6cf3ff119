package fi.yhdessa.frontdoor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The three answers and the free comment of a feedback form. */
class FeedbackForm {

	@NotNull(message = "{feedback.answer.required}")
	private Feedback.Answer easyToCome;

	@NotNull(message = "{feedback.answer.required}")
	private Feedback.Answer welcome;

	@NotNull(message = "{feedback.answer.required}")
	private Feedback.Answer helped;

	@Size(max = 2000, message = "{validation.tooLongMax}")
	private String comment = "";

	Feedback.Given given() {
		return new Feedback.Given(easyToCome, welcome, helped, comment);
	}

	public Feedback.Answer getEasyToCome() {
		return easyToCome;
	}

	public void setEasyToCome(Feedback.Answer easyToCome) {
		this.easyToCome = easyToCome;
	}

	public Feedback.Answer getWelcome() {
		return welcome;
	}

	public void setWelcome(Feedback.Answer welcome) {
		this.welcome = welcome;
	}

	public Feedback.Answer getHelped() {
		return helped;
	}

	public void setHelped(Feedback.Answer helped) {
		this.helped = helped;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment == null ? "" : comment;
	}
}
