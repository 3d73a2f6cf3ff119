package fi.yhdessa.network.web;

import fi.yhdessa.network.people.Person;
import fi.yhdessa.network.people.PersonKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;

/** A person of the network as typed; themes separated by commas. */
public class PersonForm {

	@NotBlank(message = "{person.error.name}")
	@Size(max = 120, message = "{person.error.name}")
	private String name;

	@NotNull(message = "{network.error.required}")
	private PersonKind kind = PersonKind.PROFESSIONAL;

	private UUID organisation;

	@Size(max = 120, message = "{network.error.tooLong}")
	private String title;

	@Email(message = "{person.error.email}")
	private String email;

	@Size(max = 40, message = "{network.error.tooLong}")
	private String phone;

	private String themes;

	private boolean organisationContact;

	Person person() {
		return new Person(null, name, kind, organisation, title, email, phone, null,
				themes == null ? null : Arrays.stream(themes.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(), organisationContact);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PersonKind getKind() {
		return kind;
	}

	public void setKind(PersonKind kind) {
		this.kind = kind;
	}

	public UUID getOrganisation() {
		return organisation;
	}

	public void setOrganisation(UUID organisation) {
		this.organisation = organisation;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
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

	public String getThemes() {
		return themes;
	}

	public void setThemes(String themes) {
		this.themes = themes;
	}

	public boolean isOrganisationContact() {
		return organisationContact;
	}

	public void setOrganisationContact(boolean organisationContact) {
		this.organisationContact = organisationContact;
	}
}
