package fi.yhdessa.network.organisations;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.network.people.People;
import fi.yhdessa.network.people.Person;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.SignedInUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's own details — web address, e-mail, phone and a description in three languages —
 * kept by the organisation's own contact person (a person of the network marked so, linked to their
 * account). Saved over the version read.
 */
@Service
public class OwnDetails {

	private final JdbcClient jdbc;
	private final People people;

	OwnDetails(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	public record Details(UUID organisationId, LocalizedText name, String website, String email, String phone, String descriptionFi,
			String descriptionSv, String descriptionEn, int version) {
	}

	/** The organisation the user keeps, if they are its contact person. */
	@Transactional(readOnly = true)
	public Optional<Details> keptBy(SignedInUser user) {
		return contactPerson(user).flatMap(p -> jdbc.sql("select * from network.organisation where id = ?")
			.param(p.organisationId())
			.query((rs, n) -> new Details(rs.getObject("id", UUID.class), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
					rs.getString("website"), rs.getString("email"), rs.getString("phone"), rs.getString("description_fi"), rs.getString("description_sv"),
					rs.getString("description_en"), rs.getInt("version")))
			.optional());
	}

	@Transactional
	public void save(SignedInUser user, Details details) {
		Person contact = contactPerson(user).filter(p -> p.organisationId().equals(details.organisationId()))
			.orElseThrow(() -> new AccessDeniedException("Only the organisation's own contact person keeps its details"));
		if (details.website() != null && !details.website().isBlank() && !details.website().strip().startsWith("https://")) {
			throw new Refusal("workshop.error.link");
		}
		if (details.email() != null && !details.email().isBlank() && !details.email().contains("@")) {
			throw new Refusal("person.error.email");
		}
		int updated = jdbc.sql("""
				update network.organisation set website = ?, email = ?, phone = ?, description_fi = ?, description_sv = ?, description_en = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(blank(details.website()), blank(details.email()), blank(details.phone()), blank(details.descriptionFi()), blank(details.descriptionSv()),
					blank(details.descriptionEn()), contact.organisationId(), details.version())
			.update();
		if (updated == 0) {
			throw new StaleEdit();
		}
	}

	private Optional<Person> contactPerson(SignedInUser user) {
		return user == null ? Optional.empty()
				: people.ofAccount(user.id().value()).filter(p -> p.organisationContact() && p.organisationId() != null);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
