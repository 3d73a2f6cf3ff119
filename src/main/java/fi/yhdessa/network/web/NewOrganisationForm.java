package fi.yhdessa.network.web;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.OrganisationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A new organisation of the network as typed: what kind it is, its name in one language or more,
 * its business ID (Y-tunnus) when it has one, where it is based when it is local, and its web page.
 */
public class NewOrganisationForm extends NamedForm {

	@NotNull(message = "{validation.required}")
	private OrganisationKind kind;

	private String businessId = "";

	private String municipality = "";

	@Size(max = 500, message = "{validation.tooLongMax}")
	@Pattern(regexp = "|https?://\\S+\\.\\S+", message = "{edit.url.invalid}")
	private String website = "";

	/** A name in at least one language, a valid business ID and a municipality of the region, when given. */
	void check(Errors errors, List<Municipality> municipalities) {
		requireName(errors, "organisation.error.name");
		if (!businessId.isEmpty() && !BusinessIds.valid(businessId)) {
			errors.rejectValue("businessId", "organisation.error.businessId");
		}
		if (!municipality.isEmpty() && municipalities.stream().noneMatch(m -> m.code().equals(municipality))) {
			errors.rejectValue("municipality", "validation.choose");
		}
	}

	Organisation organisation(OrganisationId id) {
		return new Organisation(id, kind, name(), businessId.isEmpty() ? null : businessId,
				municipality.isEmpty() ? null : municipality, website.isEmpty() ? null : website);
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
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
