package fi.yhdessa.network.web;

import fi.yhdessa.network.organisations.OwnDetails;

/** An organisation's own details as typed, with the version they were read at. */
public class OrganisationForm {

	private String website;
	private String email;
	private String phone;
	private String descriptionFi;
	private String descriptionSv;
	private String descriptionEn;
	private int version;

	static OrganisationForm of(OwnDetails.Details d) {
		OrganisationForm form = new OrganisationForm();
		form.website = d.website();
		form.email = d.email();
		form.phone = d.phone();
		form.descriptionFi = d.descriptionFi();
		form.descriptionSv = d.descriptionSv();
		form.descriptionEn = d.descriptionEn();
		form.version = d.version();
		return form;
	}

	OwnDetails.Details details(OwnDetails.Details own) {
		return new OwnDetails.Details(own.organisationId(), own.name(), website, email, phone, descriptionFi, descriptionSv, descriptionEn, version);
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getDescriptionFi() {
		return descriptionFi;
	}

	public void setDescriptionFi(String descriptionFi) {
		this.descriptionFi = descriptionFi;
	}

	public String getDescriptionSv() {
		return descriptionSv;
	}

	public void setDescriptionSv(String descriptionSv) {
		this.descriptionSv = descriptionSv;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
