package fi.yhdessa.network.web;

import fi.yhdessa.network.DirectoryEntries;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.people.Person;
import java.util.List;
import java.util.Locale;

/** One choice of a group of checkboxes ({@code fragments/fields :: checks}): the value sent and the label read. */
public record Choice(String value, String label) {

	static List<Choice> ofOrganisations(List<Organisation> organisations, Locale locale) {
		return organisations.stream().map(o -> new Choice(o.id().value().toString(), o.name().in(locale))).toList();
	}

	static List<Choice> ofEntries(List<DirectoryEntries.Entry> entries, Locale locale) {
		return entries.stream().map(e -> new Choice(e.id().toString(), e.name().in(locale))).toList();
	}

	static List<Choice> ofPeople(List<Person> people) {
		return people.stream().map(p -> new Choice(p.id().toString(), p.title() == null ? p.name() : p.name() + ", " + p.title())).toList();
	}
}
