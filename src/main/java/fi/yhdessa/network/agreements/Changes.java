package fi.yhdessa.network.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of an agreement, recorded in a form of its own that pages put in
 * the reader's language: one line a change, {@code field<TAB>before<TAB>after} (lists — parties,
 * commitments, services, contacts — by name only), {@code state<TAB>from<TAB>to} for a move, and
 * {@link #CREATED} for the first version.
 */
final class Changes {

	static final String CREATED = "created";

	private Changes() {
	}

	static String state(AgreementState from, AgreementState to) {
		return "state\t" + from + "\t" + to;
	}

	static String between(Agreement before, Agreement after) {
		List<String> changed = new ArrayList<>();
		add(changed, "kind", before.kind(), after.kind());
		add(changed, "title", before.title(), after.title());
		add(changed, "municipality", before.municipalityCode(), after.municipalityCode());
		add(changed, "starts", before.startsOn(), after.startsOn());
		add(changed, "ends", before.endsOn(), after.endsOn());
		add(changed, "review", before.reviewOn(), after.reviewOn());
		if (!before.parties().equals(after.parties())) {
			changed.add("parties");
		}
		if (!before.commitments().equals(after.commitments())) {
			changed.add("commitments");
		}
		if (!before.services().equals(after.services())) {
			changed.add("services");
		}
		if (!before.contacts().equals(after.contacts())) {
			changed.add("contacts");
		}
		return String.join("\n", changed);
	}

	private static void add(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field + "\t" + (before == null ? "" : before) + "\t" + (after == null ? "" : after));
		}
	}
}
