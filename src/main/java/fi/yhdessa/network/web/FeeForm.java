package fi.yhdessa.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A fee paid to an expert by experience, as typed. */
public class FeeForm {

	private UUID person;
	private UUID workshop;
	private String paidOn;
	private String amount;
	private String note;

	LocalDate paid(Errors errors) {
		return Dates.parse("paidOn", paidOn, true, errors);
	}

	BigDecimal euros(Errors errors) {
		try {
			BigDecimal value = new BigDecimal(amount == null ? "" : amount.strip().replace(" ", "").replace(',', '.'));
			if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100_000)) <= 0) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// below
		}
		errors.rejectValue("amount", "fee.error.amount");
		return null;
	}

	public UUID getPerson() {
		return person;
	}

	public void setPerson(UUID person) {
		this.person = person;
	}

	public UUID getWorkshop() {
		return workshop;
	}

	public void setWorkshop(UUID workshop) {
		this.workshop = workshop;
	}

	public String getPaidOn() {
		return paidOn;
	}

	public void setPaidOn(String paidOn) {
		this.paidOn = paidOn;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
