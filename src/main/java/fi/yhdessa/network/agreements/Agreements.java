package fi.yhdessa.network.agreements;

import fi.yhdessa.network.access.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation agreements: drafted, revised and moved through their states by the coordinator, read
 * by the coordinator and leadership; every save a version with who changed what.
 */
@Service
public class Agreements {

	private final AgreementStore store;
	private final Clock clock;

	Agreements(AgreementStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** A version of an agreement: who saved it, when, and what changed. */
	public record Version(int version, String changedBy, Instant changedAt, String change) {
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Agreement draft(String by, Agreement.Terms terms) {
		Agreement agreement = Agreement.draft(terms);
		store.insert(agreement, by, Instant.now(clock));
		return store.find(agreement.id()).orElseThrow();
	}

	/** Saves a revised text over the version it was opened at; {@code by} is the username of who saves. */
	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Agreement revise(String by, UUID id, int version, Agreement.Terms terms) {
		Agreement before = opened(id, version);
		Agreement after = before.revise(terms);
		store.update(before, after, by, Instant.now(clock), Changes.between(before, after));
		return store.find(id).orElseThrow();
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Agreement move(String by, UUID id, int version, AgreementState target) {
		Agreement before = opened(id, version);
		Agreement after = before.moveTo(target, LocalDate.now(clock));
		store.update(before, after, by, Instant.now(clock), Changes.state(before.state(), target));
		return store.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'LEADERSHIP')")
	public Optional<Agreement> find(UUID id) {
		return store.find(id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'LEADERSHIP')")
	public List<Agreement> all() {
		return store.all();
	}

	/** The titles of agreements, by id: public, for saying what a proposal changed. */
	@Transactional(readOnly = true)
	public Map<UUID, String> titles(Collection<UUID> ids) {
		return store.titles(ids);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'LEADERSHIP')")
	public List<Version> versions(UUID id) {
		return store.versions(id);
	}

	/** The agreement at the version it was opened, or a refusal when it has changed since. */
	private Agreement opened(UUID id, int version) {
		Agreement agreement = store.find(id).orElseThrow(() -> new Refusal("agreement.error.notFound"));
		if (agreement.version() != version) {
			throw new fi.yhdessa.network.access.StaleEdit();
		}
		return agreement;
	}
}
