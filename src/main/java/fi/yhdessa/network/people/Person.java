package fi.yhdessa.network.people;

import java.util.List;
import java.util.UUID;

/**
 * A person of the network with their organisation and role; linked to a staff account when they have
 * one (their actions then appear on their worklist). {@code themes} are an expert by experience's themes;
 * {@code organisationContact} says they keep their organisation's own details.
 */
public record Person(UUID id, String name, PersonKind kind, UUID organisationId, String title, String email, String phone, UUID accountId,
		List<String> themes, boolean organisationContact) {

	public Person {
		themes = themes == null ? List.of() : List.copyOf(themes);
	}
}
