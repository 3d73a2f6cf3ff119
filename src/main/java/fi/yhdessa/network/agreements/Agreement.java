package fi.yhdessa.network.agreements;

import fi.yhdessa.network.access.Refusal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A cooperation agreement: its parties, term, commitments, the directory's services it covers and
 * its contact persons. Every change is a guarded method that returns the agreement as it would be,
 * or refuses with the reason; the store saves it only over the version it was made from.
 */
public record Agreement(UUID id, AgreementKind kind, String title, String municipalityCode, LocalDate startsOn, LocalDate endsOn,
		LocalDate reviewOn, AgreementState state, int version, List<UUID> parties, List<Commitment> commitments, List<UUID> services,
		List<UUID> contacts) {

	public Agreement {
		parties = sorted(parties);
		commitments = List.copyOf(commitments);
		services = sorted(services);
		contacts = sorted(contacts);
	}

	/** Ids in one order whatever the order they came in, so that two texts compare equal when they say the same. */
	static List<UUID> sorted(List<UUID> ids) {
		return ids.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
	}

	/** A new draft. */
	public static Agreement draft(Terms terms) {
		return new Agreement(UUID.randomUUID(), terms.kind(), terms.title(), terms.municipalityCode(), terms.startsOn(), terms.endsOn(),
				terms.reviewOn(), AgreementState.DRAFT, 0, terms.parties(), terms.commitments(), terms.services(), terms.contacts()).checked();
	}

	/** The text changed: only while it is drafted or negotiated. The review date may change in any open state. */
	public Agreement revise(Terms terms) {
		if (!state.editable()) {
			if (state.closed() || !sameText(terms)) {
				throw new Refusal("agreement.error.notEditable");
			}
		}
		return new Agreement(id, terms.kind(), terms.title(), terms.municipalityCode(), terms.startsOn(), terms.endsOn(), terms.reviewOn(),
				state, version, terms.parties(), terms.commitments(), terms.services(), terms.contacts()).checked();
	}

	/** Moves to another state, if this one leads there and the agreement is ready for it on {@code today}. */
	public Agreement moveTo(AgreementState target, LocalDate today) {
		if (!state.next().contains(target)) {
			throw new Refusal("agreement.error.transition");
		}
		if (target == AgreementState.SIGNED && (parties.size() < 2 || startsOn == null || commitments.isEmpty())) {
			throw new Refusal("agreement.error.notReadyToSign");
		}
		if (target == AgreementState.IN_FORCE && (startsOn == null || startsOn.isAfter(today))) {
			throw new Refusal("agreement.error.notStarted");
		}
		if (target == AgreementState.EXPIRED && (endsOn == null || !endsOn.isBefore(today))) {
			throw new Refusal("agreement.error.notEnded");
		}
		return new Agreement(id, kind, title, municipalityCode, startsOn, endsOn, reviewOn, target, version, parties, commitments, services, contacts);
	}

	public Terms terms() {
		return new Terms(kind, title, municipalityCode, startsOn, endsOn, reviewOn, parties, commitments, services, contacts);
	}

	public long funding() {
		return commitments.stream().filter(c -> c.kind() == Commitment.Kind.FUNDING && c.amount() != null).mapToLong(c -> c.amount().longValue()).sum();
	}

	private boolean sameText(Terms terms) {
		Terms mine = terms();
		return new Terms(mine.kind(), mine.title(), mine.municipalityCode(), mine.startsOn(), mine.endsOn(), terms.reviewOn(), mine.parties(),
				mine.commitments(), mine.services(), mine.contacts()).equals(terms);
	}

	private Agreement checked() {
		if (title == null || title.isBlank()) {
			throw new Refusal("agreement.error.title");
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new Refusal("agreement.error.term");
		}
		if (commitments.stream().anyMatch(c -> !parties.contains(c.organisationId()))) {
			throw new Refusal("agreement.error.commitmentParty");
		}
		return this;
	}

	/** The text of an agreement as written. */
	public record Terms(AgreementKind kind, String title, String municipalityCode, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn,
			List<UUID> parties, List<Commitment> commitments, List<UUID> services, List<UUID> contacts) {

		public Terms {
			title = title == null ? null : title.strip();
			parties = sorted(parties);
			commitments = List.copyOf(commitments);
			services = sorted(services);
			contacts = sorted(contacts);
		}
	}
}
