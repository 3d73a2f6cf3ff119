package fi.yhdessa.directory.hsds;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.OrganisationKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


/**
 * A family centre in HSDS: an organization of its own whose parent is the municipality, whose
 * website is its public page, and whose locations are its places in the directory.
 */
@Component
class HsdsFamilyCentres {

	private final JdbcClient jdbc;
	private final Network network;
	private final String publicUrl;

	HsdsFamilyCentres(JdbcClient jdbc, Network network, @Value("${yhdessa.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.network = network;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	Hsds.Organization organization(Network.FamilyCentreOutline centre, Locale locale) {
		Map<String, Municipality> municipalities = network.municipalities().stream().collect(Collectors.toMap(Municipality::code, m -> m));
		List<Hsds.Location> locations = jdbc.sql("select * from directory.location where id = any(?) order by name_fi")
			.param(centre.places().toArray(UUID[]::new))
			.query((rs, n) -> HsdsCatalogue.location(rs, locale, municipalities))
			.list();
		String parent = centre.organisations().stream()
			.filter(id -> network.organisation(new OrganisationId(id)).filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).isPresent())
			.findFirst()
			.map(Object::toString)
			.orElse(null);
		String website = publicUrl + "/family-centres/" + centre.municipalityCode();
		return new Hsds.Organization(centre.id().toString(), centre.name().in(locale), centre.intro() == null ? centre.name().in(locale) : centre.intro().in(locale),
				website, null, parent, locations, null);
	}
}
