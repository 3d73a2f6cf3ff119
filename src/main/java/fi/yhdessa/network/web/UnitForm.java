package fi.yhdessa.network.web;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.Errors;

/** A unit of an organisation as typed, new or corrected: its name in one language or more, what it does, where it is, how to reach it. */
public class UnitForm extends NamedForm {

	@NotNull(message = "{validation.required}")
	private UnitKind kind;

	@NotBlank(message = "{validation.required}")
	private String municipality = "";

	@Size(max = 40, message = "{validation.tooLongMax}")
	@Pattern(regexp = "|\\+?[0-9 ()-]{5,40}", message = "{validation.phone}")
	private String phone = "";

	@Size(max = 254, message = "{validation.tooLongMax}")
	@Email(regexp = "|.+@.+\\..+", message = "{validation.email}")
	private String email = "";

	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.setName(unit.name());
		form.kind = unit.kind();
		form.setMunicipality(unit.municipalityCode());
		form.setPhone(unit.phone());
		form.setEmail(unit.email());
		return form;
	}

	/** The unit as typed, under the given identity. */
	Unit unit(UnitId id, OrganisationId organisation) {
		return new Unit(id, organisation, kind, name(), municipality, phone.isEmpty() ? null : phone,
				email.isEmpty() ? null : email);
	}

	/** A name in at least one language, and a municipality of the region. */
	void check(Errors errors, List<Municipality> municipalities) {
		requireName(errors, "unit.error.name");
		if (!errors.hasFieldErrors("municipality") && municipalities.stream().noneMatch(m -> m.code().equals(municipality))) {
			errors.rejectValue("municipality", "validation.choose");
		}
	}

	public UnitKind getKind() {
		return kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = typed(municipality);
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = typed(phone);
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = typed(email);
	}
}
