package fi.yhdessa.network.workshops;

import fi.yhdessa.network.access.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A co-development workshop: its topic, the services or the agreement it concerns, when and where
 * (a place, a remote link or both), how many seats, and its accessibility and interpretation.
 */
public record Workshop(UUID id, String title, String topic, String municipalityCode, UUID agreementId, List<UUID> services, Instant startsAt,
		Instant endsAt, String place, String remoteLink, int seats, String accessibility, String interpretation, boolean cancelled) {

	public Workshop {
		services = List.copyOf(services);
	}

	/** The workshop as planned, or a refusal naming what is missing. */
	public Workshop checked() {
		if (title == null || title.isBlank()) {
			throw new Refusal("workshop.error.title");
		}
		if (topic == null || topic.isBlank()) {
			throw new Refusal("workshop.error.topic");
		}
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new Refusal("workshop.error.time");
		}
		if ((place == null || place.isBlank()) && (remoteLink == null || remoteLink.isBlank())) {
			throw new Refusal("workshop.error.where");
		}
		if (remoteLink != null && !remoteLink.isBlank() && !remoteLink.startsWith("https://")) {
			throw new Refusal("workshop.error.link");
		}
		if (seats < 1 || seats > 1000) {
			throw new Refusal("workshop.error.seats");
		}
		return this;
	}

	public boolean past(Instant now) {
		return !endsAt.isAfter(now);
	}

	/** Whether residents may still sign up: not cancelled and not begun. */
	public boolean open(Instant now) {
		return !cancelled && startsAt.isAfter(now);
	}
}
