package fi.yhdessa.network.web;

import fi.yhdessa.network.agreements.Agreement;
import fi.yhdessa.network.agreements.AgreementKind;
import fi.yhdessa.network.agreements.Commitment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/** An agreement's text as typed: term dates as text, commitments as rows of which blank ones are left out. */
public class AgreementForm {

	static final int BLANK_ROWS = 2;

	private String kind = AgreementKind.COUNTY_MUNICIPALITY.name();
	private String title;
	private String municipality;
	private String startsOn;
	private String endsOn;
	private String reviewOn;
	private List<UUID> parties = new ArrayList<>();
	private List<UUID> services = new ArrayList<>();
	private List<UUID> contacts = new ArrayList<>();
	private List<CommitmentRow> commitments = new ArrayList<>();
	private int version;

	static AgreementForm of(Agreement a) {
		AgreementForm form = new AgreementForm();
		form.kind = a.kind().name();
		form.title = a.title();
		form.municipality = a.municipalityCode();
		form.startsOn = Dates.text(a.startsOn());
		form.endsOn = Dates.text(a.endsOn());
		form.reviewOn = Dates.text(a.reviewOn());
		form.parties = new ArrayList<>(a.parties());
		form.services = new ArrayList<>(a.services());
		form.contacts = new ArrayList<>(a.contacts());
		a.commitments().forEach(c -> form.commitments.add(new CommitmentRow(c.organisationId(), c.kind().name(), c.description(),
				c.amount() == null ? null : c.amount().toPlainString())));
		form.version = a.version();
		return form;
	}

	/** Room for new commitments below those written. */
	AgreementForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			commitments.add(new CommitmentRow());
		}
		return this;
	}

	/** The terms, or null with the errors recorded by field. */
	Agreement.Terms terms(Errors errors) {
		AgreementKind k = null;
		try {
			k = AgreementKind.valueOf(kind);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			errors.rejectValue("kind", "network.error.required");
		}
		if (title == null || title.isBlank()) {
			errors.rejectValue("title", "agreement.error.title");
		}
		else if (title.strip().length() > 200) {
			errors.rejectValue("title", "network.error.tooLong", new Object[] { 200 }, null);
		}
		if (municipality == null || !municipality.matches("\\d{3}")) {
			errors.rejectValue("municipality", "network.error.required");
		}
		LocalDate starts = Dates.parse("startsOn", startsOn, false, errors);
		LocalDate ends = Dates.parse("endsOn", endsOn, false, errors);
		LocalDate review = Dates.parse("reviewOn", reviewOn, false, errors);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.rejectValue("endsOn", "agreement.error.term");
		}
		List<Commitment> written = new ArrayList<>();
		for (int i = 0; i < commitments.size(); i++) {
			CommitmentRow row = commitments.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			Commitment c = row.commitment("commitments[" + i + "]", errors);
			if (c != null) {
				if (!parties.contains(c.organisationId())) {
					errors.rejectValue("commitments[" + i + "].party", "agreement.error.commitmentParty");
				}
				written.add(c);
			}
		}
		return errors.hasErrors() ? null
				: new Agreement.Terms(k, title, municipality, starts, ends, review, parties, written, services, contacts);
	}

	/** One commitment as typed. */
	public static class CommitmentRow {

		private UUID party;
		private String kind;
		private String description;
		private String amount;

		public CommitmentRow() {
		}

		CommitmentRow(UUID party, String kind, String description, String amount) {
			this.party = party;
			this.kind = kind;
			this.description = description;
			this.amount = amount;
		}

		boolean blank() {
			return (description == null || description.isBlank()) && (amount == null || amount.isBlank());
		}

		Commitment commitment(String path, Errors errors) {
			Commitment.Kind k = null;
			try {
				k = Commitment.Kind.valueOf(kind);
			}
			catch (IllegalArgumentException | NullPointerException e) {
				errors.rejectValue(path + ".kind", "network.error.required");
			}
			if (party == null) {
				errors.rejectValue(path + ".party", "network.error.required");
			}
			if (description == null || description.isBlank()) {
				errors.rejectValue(path + ".description", "network.error.required");
			}
			BigDecimal euros = null;
			if (amount != null && !amount.isBlank()) {
				try {
					euros = new BigDecimal(amount.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
					if (euros.signum() < 0 || euros.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
						errors.rejectValue(path + ".amount", "agreement.error.amount");
					}
				}
				catch (NumberFormatException e) {
					errors.rejectValue(path + ".amount", "agreement.error.amount");
				}
			}
			else if (k == Commitment.Kind.FUNDING) {
				errors.rejectValue(path + ".amount", "agreement.error.amount");
			}
			return errors.hasFieldErrors(path + ".*") || k == null ? null : new Commitment(party, k, description.strip(), euros);
		}

		public UUID getParty() {
			return party;
		}

		public void setParty(UUID party) {
			this.party = party;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public String getReviewOn() {
		return reviewOn;
	}

	public void setReviewOn(String reviewOn) {
		this.reviewOn = reviewOn;
	}

	public List<UUID> getParties() {
		return parties;
	}

	public void setParties(List<UUID> parties) {
		this.parties = parties == null ? new ArrayList<>() : parties;
	}

	public List<UUID> getServices() {
		return services;
	}

	public void setServices(List<UUID> services) {
		this.services = services == null ? new ArrayList<>() : services;
	}

	public List<UUID> getContacts() {
		return contacts;
	}

	public void setContacts(List<UUID> contacts) {
		this.contacts = contacts == null ? new ArrayList<>() : contacts;
	}

	public List<CommitmentRow> getCommitments() {
		return commitments;
	}

	public void setCommitments(List<CommitmentRow> commitments) {
		this.commitments = commitments == null ? new ArrayList<>() : commitments;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
