package fi.yhdessa.network.web;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.platform.LocalizedText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A new organisation of the network as typed: what kind it is, its name in one language or more,
 * its business ID (Y-tunnus) when it has one, where it is based when it is local, and its web page.
 */
public class NewOrganisationForm {

	@NotNull(message = "{validation.required}")
	private OrganisationKind kind;

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameFi = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameSv = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameEn = "";

	private String businessId = "";

	private String municipality = "";

	@Size(max = 500, message = "{validation.tooLongMax}")
	@Pattern(regexp = "|https?://\\S+\\.\\S+", message = "{edit.url.invalid}")
	private String website = "";

	/** A name in at least one language, a valid business ID and a municipality of the region, when given. */
	void check(Errors errors, List<Municipality> municipalities) {
		if (nameFi.isBlank() && nameSv.isBlank() && nameEn.isBlank()) {
			errors.rejectValue("nameFi", "organisation.error.name");
		}
		if (!businessId.isEmpty() && !BusinessIds.valid(businessId)) {
			errors.rejectValue("businessId", "organisation.error.businessId");
		}
		if (!municipality.isEmpty() && municipalities.stream().noneMatch(m -> m.code().equals(municipality))) {
			errors.rejectValue("municipality", "validation.choose");
		}
	}

	Organisation organisation(OrganisationId id) {
		return new Organisation(id, kind, LocalizedText.of(nameFi, nameSv, nameEn), businessId.isEmpty() ? null : businessId,
				municipality.isEmpty() ? null : municipality, website.isEmpty() ? null : website);
	}

	private static String typed(String value) {
		return value == null ? "" : value.strip();
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getNameFi() {
		return nameFi;
	}

	public void setNameFi(String nameFi) {
		this.nameFi = typed(nameFi);
	}

	public String getNameSv() {
		return nameSv;
	}

	public void setNameSv(String nameSv) {
		this.nameSv = typed(nameSv);
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = typed(nameEn);
	}

	public String getBusinessId() {
		return businessId;
	}

	public void setBusinessId(String businessId) {
		this.businessId = typed(businessId);
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = typed(municipality);
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = typed(website);
	}
}
