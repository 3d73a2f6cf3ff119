package fi.yhdessa.network.web;

import fi.yhdessa.network.agreements.Agreements;
import fi.yhdessa.network.groups.Groups;
import fi.yhdessa.network.workshops.FollowUp;
import fi.yhdessa.network.workshops.Workshop;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a proposal's follow-up can point to as what changed: the workshop's services, the agreements, and the open actions of the groups. */
@Component
class WorkshopChoices {

	private final NetworkNames names;
	private final Agreements agreements;
	private final Groups groups;
	private final MessageSource messages;

	WorkshopChoices(NetworkNames names, Agreements agreements, Groups groups, MessageSource messages) {
		this.names = names;
		this.agreements = agreements;
		this.groups = groups;
		this.messages = messages;
	}

	/** Choices as {@code KIND:id} → label. */
	Map<String, String> changes(Workshop workshop, Locale locale) {
		Map<String, String> choices = new LinkedHashMap<>();
		String service = messages.getMessage(FollowUp.LinkKind.SERVICE.messageKey(), null, locale);
		String agreement = messages.getMessage(FollowUp.LinkKind.AGREEMENT.messageKey(), null, locale);
		String action = messages.getMessage(FollowUp.LinkKind.ACTION.messageKey(), null, locale);
		names.directory().serviceNames(workshop.services()).forEach((id, name) -> choices.put("SERVICE:" + id, service + ": " + name.in(locale)));
		if (workshop.municipalityCode() != null) {
			names.directory().services(workshop.municipalityCode()).forEach(e -> choices.putIfAbsent("SERVICE:" + e.id(), service + ": " + e.name().in(locale)));
		}
		agreements.all().forEach(a -> choices.put("AGREEMENT:" + a.id(), agreement + ": " + a.title()));
		groups.openActions(200).forEach(a -> choices.put("ACTION:" + a.id(), action + ": " + a.description()));
		return choices;
	}
}
