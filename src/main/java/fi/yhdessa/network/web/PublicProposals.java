package fi.yhdessa.network.web;

import fi.yhdessa.network.workshops.FollowUp;
import fi.yhdessa.network.workshops.Proposal;
import fi.yhdessa.platform.LocalizedText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns proposals into their public form, naming what each changed: a service of the directory, an agreement, or a group's action. */
@Component
class PublicProposals {

	private final NetworkNames names;
	private final JdbcClient jdbc;

	PublicProposals(NetworkNames names, JdbcClient jdbc) {
		this.names = names;
		this.jdbc = jdbc;
	}

	List<PublicProposal> of(Collection<Proposal> proposals, Locale locale) {
		List<UUID> services = proposals.stream().map(Proposal::followUp).filter(Objects::nonNull)
			.filter(f -> f.linkKind() == FollowUp.LinkKind.SERVICE).map(FollowUp::linkId).toList();
		Map<UUID, LocalizedText> serviceNames = services.isEmpty() ? Map.of() : names.directory().serviceNames(services);
		return proposals.stream().map(p -> PublicProposal.of(p, changed(p.followUp(), serviceNames, locale))).toList();
	}

	/** The proposals by theme, in the order given. */
	Map<String, List<PublicProposal>> byTheme(Collection<Proposal> proposals, Locale locale) {
		Map<String, List<PublicProposal>> themes = new LinkedHashMap<>();
		of(proposals, locale).forEach(p -> themes.computeIfAbsent(p.theme(), t -> new java.util.ArrayList<>()).add(p));
		return themes;
	}

	private String changed(FollowUp f, Map<UUID, LocalizedText> serviceNames, Locale locale) {
		if (f == null || f.linkKind() == null) {
			return null;
		}
		return switch (f.linkKind()) {
			case SERVICE -> serviceNames.containsKey(f.linkId()) ? serviceNames.get(f.linkId()).in(locale) : null;
			case AGREEMENT -> jdbc.sql("select title from network.agreement where id = ?").param(f.linkId()).query(String.class).optional().orElse(null);
			case ACTION -> jdbc.sql("select description from network.action where id = ?").param(f.linkId()).query(String.class).optional().orElse(null);
		};
	}
}
