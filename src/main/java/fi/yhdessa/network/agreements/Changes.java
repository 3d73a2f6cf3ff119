package fi.yhdessa.network.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of an agreement, in words for its history. */
final class Changes {

	private Changes() {
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
		return changed.isEmpty() ? "saved without changes" : String.join(", ", changed);
	}

	private static void add(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field + ": " + (before == null ? "–" : before) + " → " + (after == null ? "–" : after));
		}
	}
}
