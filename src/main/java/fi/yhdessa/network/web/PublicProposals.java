package fi.yhdessa.network.web;

import fi.yhdessa.network.agreements.Agreements;
import fi.yhdessa.network.groups.Groups;
import fi.yhdessa.network.workshops.FollowUp;
import fi.yhdessa.network.workshops.Proposal;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.SmallCounts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns proposals into their public form, naming what each changed: a service of the directory, an agreement, or a group's action. */
@Component
class PublicProposals {

	private final NetworkNames names;
	private final Agreements agreements;
	private final Groups groups;
	private final SmallCounts smallCounts;

	PublicProposals(NetworkNames names, Agreements agreements, Groups groups, SmallCounts smallCounts) {
		this.names = names;
		this.smallCounts = smallCounts;
		this.agreements = agreements;
		this.groups = groups;
	}

	List<PublicProposal> of(Collection<Proposal> proposals, Locale locale) {
		Map<UUID, LocalizedText> serviceNames = names.directory().serviceNames(linked(proposals, FollowUp.LinkKind.SERVICE));
		Map<UUID, String> titles = agreements.titles(linked(proposals, FollowUp.LinkKind.AGREEMENT));
		Map<UUID, String> actions = groups.descriptions(linked(proposals, FollowUp.LinkKind.ACTION));
		return proposals.stream().map(p -> PublicProposal.of(p, changed(p.followUp(), serviceNames, titles, actions, locale), smallCounts)).toList();
	}

	private static List<UUID> linked(Collection<Proposal> proposals, FollowUp.LinkKind kind) {
		return proposals.stream().map(Proposal::followUp).filter(Objects::nonNull).filter(f -> f.linkKind() == kind).map(FollowUp::linkId).toList();
	}

	/** The proposals by theme, in the order given. */
	Map<String, List<PublicProposal>> byTheme(Collection<Proposal> proposals, Locale locale) {
		Map<String, List<PublicProposal>> themes = new LinkedHashMap<>();
		of(proposals, locale).forEach(p -> themes.computeIfAbsent(p.theme(), t -> new ArrayList<>()).add(p));
		return themes;
	}

	private static String changed(FollowUp f, Map<UUID, LocalizedText> serviceNames, Map<UUID, String> titles, Map<UUID, String> actions, Locale locale) {
		if (f == null || f.linkKind() == null) {
			return null;
		}
		return switch (f.linkKind()) {
			case SERVICE -> serviceNames.containsKey(f.linkId()) ? serviceNames.get(f.linkId()).in(locale) : null;
			case AGREEMENT -> titles.get(f.linkId());
			case ACTION -> actions.get(f.linkId());
		};
	}
}
