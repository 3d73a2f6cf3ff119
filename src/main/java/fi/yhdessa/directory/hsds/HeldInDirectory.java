package fi.yhdessa.directory.hsds;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an import finds already held: the network's municipalities and organisations, the directory's places and postcodes. */
record HeldInDirectory(JdbcClient jdbc, Network network) implements HsdsReader.Held {

	@Override
	public List<Municipality> municipalities() {
		return network.municipalities();
	}

	@Override
	public boolean organisation(UUID id) {
		return network.organisation(new OrganisationId(id)).isPresent();
	}

	@Override
	public boolean place(UUID id) {
		return jdbc.sql("select exists (select 1 from directory.location where id = :id)").param("id", id).query(Boolean.class).single();
	}

	@Override
	public String municipalityOfPostcode(String postcode) {
		return jdbc.sql("select municipality_code from directory.postcode where postcode = :p").param("p", postcode).query(String.class).optional().orElse(null);
	}
}
