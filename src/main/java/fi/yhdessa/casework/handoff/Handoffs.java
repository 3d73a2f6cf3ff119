package fi.yhdessa.casework.handoff;

import fi.yhdessa.casework.AlreadyAnswered;
import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.Handoff;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.SystemText;
import fi.yhdessa.casework.access.CaseAccess;
import fi.yhdessa.casework.access.CaseContexts;
import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.CaseworkSettings;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.AccountId;
import fi.yhdessa.platform.AccountSummary;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.platform.WorkingDays;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warm hand-offs: proposed → accepted | declined | expired → completed. The sender stays
 * responsible until the receiver accepts; an answer is a conditional update of the proposed row,
 * so of two answers at the same moment exactly one wins. A hand-off to another organisation needs
 * the family's consent at the moment it is proposed and again when it is accepted.
 */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class Handoffs {

	private static final Logger log = LoggerFactory.getLogger(Handoffs.class);
	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	static final String KIND = "casework.handoff";

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final CaseAccess access;
	private final Cases cases;
	private final Consents consents;
	private final Accounts accounts;
	private final Network network;
	private final WorkingDays workingDays;
	private final CaseworkSettings settings;
	private final Clock clock;
	private final HandoffStore handoffs;
	private final CaseContexts contexts;

	Handoffs(JdbcClient jdbc, CaseStore store, CaseAccess access, Cases cases, Consents consents, Accounts accounts, Network network,
			WorkingDays workingDays, CaseworkSettings settings, Clock clock, HandoffStore handoffs, CaseContexts contexts) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.cases = cases;
		this.consents = consents;
		this.accounts = accounts;
		this.network = network;
		this.workingDays = workingDays;
		this.settings = settings;
		this.clock = clock;
		this.handoffs = handoffs;
		this.contexts = contexts;
	}

	public UUID propose(SignedInUser user, Commands.ProposeHandoff command) {
		ClientCase clientCase = access.require(user, command.caseId() == null ? new UUID(0, 0) : command.caseId(), Operation.HANDOFF).clientCase();
		if (!clientCase.isOpen()) {
			throw new Problem("case.error.closed");
		}
		if (command.context() == null || command.context().strip().length() < 10) {
			throw new Problem("handoff.error.context");
		}
		Optional<Unit> unit = command.toUnit() == null ? Optional.empty() : network.unit(new UnitId(command.toUnit()));
		if (command.toUnit() != null && unit.isEmpty()) {
			throw new Problem("handoff.error.receiver");
		}
		UUID organisation = unit.map(u -> u.organisationId().value()).orElse(command.toOrganisation());
		if (organisation == null || network.organisation(new OrganisationId(organisation)).isEmpty()) {
			throw new Problem("handoff.error.receiver");
		}
		if (command.toWorker() != null && accounts.find(new AccountId(command.toWorker()))
			.filter(worker -> organisation.equals(worker.organisationId()) && (unit.isEmpty() || unit.get().id().value().equals(worker.unitId())))
			.isEmpty()) {
			throw new Problem("handoff.error.worker");
		}
		if (unit.isPresent() && unit.get().id().value().equals(clientCase.unitId()) && command.toWorker() == null) {
			throw new Problem("handoff.error.sameUnit");
		}
		Basis basis = basis(clientCase, organisation, command.legalBasis());
		Instant now = Instant.now(clock);
		if (command.replaces() != null) {
			int taken = jdbc.sql("""
					update casework.handoff set returned_seen_at = :at
					where id = :id and case_id = :case and status in ('DECLINED', 'EXPIRED') and returned_seen_at is null
					""")
				.param("at", Timestamp.from(Instant.now(clock)))
				.param("id", command.replaces())
				.param("case", clientCase.id())
				.update();
			if (taken == 0) {
				throw new Problem("handoff.error.replaces");
			}
		}
		UUID id = UUID.randomUUID();
		handoffs.insert(Handoff.propose(new Handoff(id, clientCase.id(), clientCase.reference(), clientCase.familyId(), user.id().value(), user.unitId(),
				organisation, command.toUnit(), command.toWorker(), command.transfers(), command.context().strip(), basis.consentId(), basis.legalBasis(),
				command.replaces(), Handoff.Status.PROPOSED, now, workingDays.afterWorkingDays(today(), settings.handoffAnswerWorkingDays()), null, null,
				null, null, null), contexts.of(clientCase.id())));
		return id;
	}

	private record Basis(UUID consentId, String legalBasis) {
	}

	/** Within the case's own organisation the legal basis is recorded; to another organisation the family's consent is needed. */
	private Basis basis(ClientCase clientCase, UUID organisation, String legalBasis) {
		if (organisation.equals(clientCase.organisationId())) {
			if (legalBasis == null || legalBasis.isBlank()) {
				throw new Problem("handoff.error.legalBasis");
			}
			return new Basis(null, legalBasis.strip());
		}
		return consents.allowing(clientCase.familyId(), organisation, Consent.Scope.HANDOFF)
			.map(consent -> new Basis(consent.id(), null))
			.orElseThrow(() -> new Problem("handoff.error.consent"));
	}

	/** The hand-off for its receiver: a worker of the receiving unit (or organisation, or the named worker). The read is logged. */
	public Handoff forReceiver(SignedInUser user, UUID handoffId) {
		Handoff handoff = receivable(user, handoffId);
		access.record(user, AccessEntry.Action.READ, KIND, handoff.caseId(), handoff.familyId(), "receiving a hand-off");
		return handoff;
	}

	/** Accepts the proposal: the receiver joins the team, and becomes responsible when the hand-off transfers the case. */
	public Handoff accept(SignedInUser user, UUID handoffId) {
		Handoff handoff = receivable(user, handoffId);
		ClientCase clientCase = store.clientCase(handoff.caseId()).orElseThrow();
		if (handoff.consentId() != null && !consents.allows(clientCase.familyId(), handoff.toOrganisation(), Consent.Scope.HANDOFF)) {
			throw new Problem("handoff.error.consentWithdrawn");
		}
		Handoff accepted = handoffs.answer(handoff.accept(user.id().value(), Instant.now(clock), contexts.of(clientCase.id())));
		AccountSummary me = accounts.find(user.id()).orElseThrow();
		access.record(user, AccessEntry.Action.WRITE, KIND, clientCase.id(), clientCase.familyId(), "accepting a hand-off");
		if (handoff.transfer() && me.roles().stream().anyMatch(CaseAccess.RESPONSIBLE::contains) && me.unitId() != null) {
			store.activeMembership(clientCase.id(), me.id().value()).ifPresent(member -> leave(member.id()));
			cases.assign(clientCase.id(), me, SystemText.of("responsibility.handoff"), user.getUsername());
			UUID sender = handoff.fromWorker();
			accounts.find(new AccountId(sender)).ifPresent(previous -> {
				if (store.activeMembership(clientCase.id(), sender).isEmpty()) {
					admitQuietly(store.clientCase(clientCase.id()).orElseThrow(), previous, SystemText.of("team.role.previousResponsible"), handoff);
				}
			});
		}
		else if (store.activeMembership(clientCase.id(), me.id().value()).isEmpty() && !me.id().value().equals(clientCase.responsibleWorker())) {
			admitQuietly(clientCase, me, SystemText.of("team.role.receiving"), handoff);
		}
		return accepted;
	}

	/** Adds the worker to the team when the basis allows: within the case's organisation by law, otherwise only with the family's consent to teamwork. */
	private void admitQuietly(ClientCase clientCase, AccountSummary worker, String role, Handoff handoff) {
		boolean sameOrganisation = worker.organisationId() != null && worker.organisationId().equals(clientCase.organisationId());
		if (sameOrganisation) {
			cases.admit(clientCase, worker, role, handoff.legalBasis() != null ? handoff.legalBasis() : SystemText.of("team.basis.handoff"), "hand-off");
		}
		else if (consents.allows(clientCase.familyId(), worker.organisationId(), Consent.Scope.TEAMWORK)) {
			cases.admit(clientCase, worker, role, null, "hand-off");
		}
	}

	private void leave(UUID memberId) {
		jdbc.sql("update casework.team_member set left_at = :at where id = :id").param("at", Timestamp.from(Instant.now(clock))).param("id", memberId).update();
	}

	/** Declines with a reason; the hand-off returns to the sender's worklist, and the sender stays responsible. */
	public Handoff decline(SignedInUser user, UUID handoffId, Commands.Decline command) {
		if (command.reason() == null || command.reason().isBlank()) {
			throw new Problem("handoff.error.reason");
		}
		Handoff handoff = receivable(user, handoffId);
		Handoff declined = handoffs.answer(handoff.decline(user.id().value(), command.reason(), Instant.now(clock), contexts.of(handoff.caseId())));
		access.record(user, AccessEntry.Action.WRITE, KIND, handoff.caseId(), handoff.familyId(), "declining a hand-off");
		return declined;
	}

	/** The first meeting happened: the hand-off is complete. */
	public Handoff complete(SignedInUser user, UUID handoffId, Commands.Complete command) {
		Handoff handoff = store.handoff(handoffId).filter(h -> user.id().value().equals(h.answeredBy())).orElseThrow(() -> {
			access.deny(user, KIND, handoffId, "not the receiver of the hand-off");
			return new Refusal.NotFound();
		});
		Handoff completed = handoffs.complete(handoff.complete(command.firstMeetingOn(), today(), handoffs.returnedBefore(handoff.caseId(), handoff.proposedAt()),
				contexts.of(handoff.caseId())));
		access.record(user, AccessEntry.Action.WRITE, KIND, handoff.caseId(), handoff.familyId(), "completing a hand-off");
		return completed;
	}

	/** The sender has seen a returned hand-off and keeps the family (re-routing is a new proposal that replaces it). */
	public void acknowledge(SignedInUser user, UUID caseId, UUID handoffId) {
		access.require(user, caseId, Operation.HANDOFF);
		int updated = jdbc.sql("""
				update casework.handoff set returned_seen_at = :at
				where id = :id and case_id = :case and status in ('DECLINED', 'EXPIRED') and returned_seen_at is null
				""")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("id", handoffId)
			.param("case", caseId)
			.update();
		if (updated == 0) {
			throw new Problem("handoff.error.replaces");
		}
	}

	/**
	 * Expires proposals whose answer is overdue, each returning to its sender. Each is written only
	 * while still proposed, so several nodes running this at once expire each hand-off once.
	 */
	@Transactional
	public void expireOverdue() {
		int expired = 0;
		for (UUID id : handoffs.overdue(today())) {
			Handoff handoff = store.handoff(id).orElseThrow();
			try {
				handoffs.answer(handoff.expire(Instant.now(clock), contexts.of(handoff.caseId())));
				expired++;
			}
			catch (AlreadyAnswered answeredMeanwhile) {
				// Another node, or the receiver, got there first.
			}
		}
		if (expired > 0) {
			log.info("{} hand-offs expired without an answer and returned to their senders", expired);
		}
	}

	/** Who may answer: a worker of the receiving unit, or of the organisation when no unit was named, or the named worker only. */
	private static final String RECEIVER = """
			h.to_organisation = :organisation and (h.to_unit is null or h.to_unit = :unit) and (h.to_worker is null or h.to_worker = :me)""";

	private Handoff receivable(SignedInUser user, UUID handoffId) {
		boolean clientWork = user.roles().stream().anyMatch(CaseAccess.CLIENT_WORK::contains);
		Optional<Handoff> handoff = clientWork ? jdbc.sql("select h.*, c.reference as case_reference, c.family_id from casework.handoff h "
				+ "join casework.client_case c on c.id = h.case_id where h.id = :id and " + RECEIVER)
			.param("id", handoffId)
			.param("organisation", user.organisationId())
			.param("unit", user.unitId())
			.param("me", user.id().value())
			.query(CaseStore::handoff)
			.optional() : Optional.empty();
		if (handoff.isEmpty()) {
			access.deny(user, KIND, handoffId, "not a receiver of the hand-off");
			throw new Refusal.NotFound();
		}
		return handoff.get();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FINLAND));
	}
}
