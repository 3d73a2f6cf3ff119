package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a family's data reaches people outside the case's relationships, or who has had it: the
 * family's consents and denials as workers record them, break-glass access, and the case's access
 * log.
 */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class Disclosures {

	private final JdbcClient jdbc;
	private final CaseAccess access;
	private final Consents consents;
	private final Network network;
	private final AccessLog accessLog;
	private final CaseworkSettings settings;
	private final Clock clock;

	Disclosures(JdbcClient jdbc, CaseAccess access, Consents consents, Network network, AccessLog accessLog, CaseworkSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.consents = consents;
		this.network = network;
		this.accessLog = accessLog;
		this.settings = settings;
		this.clock = clock;
	}

	/** Records a family member's consent or denial, given to the worker. */
	public Consent recordConsent(SignedInUser user, Commands.RecordConsent command) {
		if (command.caseId() == null) {
			throw new Problem("consent.error.case");
		}
		ClientCase clientCase = access.require(user, command.caseId(), Operation.RECORD_CONSENT).clientCase();
		if (command.recipientOrganisation() == null || network.organisation(new OrganisationId(command.recipientOrganisation())).isEmpty()) {
			throw new Problem("consent.error.recipient");
		}
		try {
			return consents.record(new Consents.Decision(clientCase.familyId(), command.givenBy(), command.recipientOrganisation(), command.decision(),
					command.scope(), command.validFrom(), command.validUntil()), user.getUsername());
		}
		catch (IllegalArgumentException e) {
			throw new Problem("consent.error.incomplete");
		}
	}

	/** Withdraws a consent or denial of a family whose case the user may record consents on; effective at once. */
	public Consent withdrawConsent(SignedInUser user, UUID consentId) {
		Optional<UUID> caseId = consents.find(consentId)
			.stream()
			.flatMap(consent -> jdbc.sql("select " + CaseStore.CASE_COLUMNS + " from " + CaseStore.CASE_FROM + " where c.family_id = :family order by c.closed_at nulls first")
				.param("family", consent.familyId())
				.query(CaseStore::clientCase)
				.list()
				.stream())
			.filter(clientCase -> access.allows(user, clientCase, Operation.RECORD_CONSENT))
			.map(ClientCase::id)
			.findFirst();
		if (caseId.isEmpty()) {
			access.deny(user, "consent.consent", consentId, "no relationship to the family");
			throw new Refusal.NotFound();
		}
		access.require(user, caseId.get(), Operation.RECORD_CONSENT);
		return consents.withdraw(consentId, user.getUsername()).orElseThrow();
	}

	/**
	 * Opens break-glass access for the user to a case of their own organisation that they
	 * otherwise could not see, for the configured hours; the reason is logged and shown to the
	 * supervisor of the case's unit.
	 */
	public UUID breakGlass(SignedInUser user, Commands.BreakGlass command) {
		String reference = command.reference();
		if (command.reason() == null || command.reason().strip().length() < 10) {
			throw new Problem("breakGlass.error.reason");
		}
		Optional<ClientCase> found = jdbc.sql("select " + CaseStore.CASE_COLUMNS + " from " + CaseStore.CASE_FROM + " where c.reference = :reference")
			.param("reference", reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
			.query(CaseStore::clientCase)
			.optional()
			.filter(c -> user.roles().stream().anyMatch(CaseAccess.BREAK_GLASS::contains) && c.organisationId().equals(user.organisationId()));
		if (found.isEmpty()) {
			access.deny(user, "casework.break-glass", new UUID(0, 0), "break-glass refused for reference " + reference);
			throw new Refusal.NotFound();
		}
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into casework.break_glass (id, case_id, actor, actor_name, unit_id, reason, opened_at, expires_at)
				values (:id, :case, :actor, :name, :unit, :reason, :at, :until)
				""")
			.param("id", UUID.randomUUID())
			.param("case", found.get().id())
			.param("actor", user.id().value())
			.param("name", user.displayName())
			.param("unit", user.unitId())
			.param("reason", command.reason().strip())
			.param("at", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(settings.breakGlassDuration())))
			.update();
		access.record(user, AccessEntry.Action.WRITE, "casework.break-glass", found.get().id(), found.get().familyId(),
				"break-glass opened: " + command.reason().strip());
		return found.get().id();
	}

	/**
	 * The supervisor of the case's unit marks a break-glass use as reviewed, and it leaves the
	 * worklist. Anyone else is refused, as for the case itself; a use reviewed already stays as it
	 * was.
	 */
	public void reviewBreakGlass(SignedInUser user, UUID breakGlassId) {
		Optional<UUID> caseId = jdbc.sql("select case_id from casework.break_glass where id = :id").param("id", breakGlassId).query(UUID.class).optional();
		if (caseId.isEmpty()) {
			access.deny(user, "casework.break-glass", breakGlassId, "no such break-glass use");
			throw new Refusal.NotFound();
		}
		CaseAccess.Granted granted = access.require(user, caseId.get(), Operation.READ_ACCESS_LOG);
		if (granted.relationship() != Relationship.SUPERVISOR) {
			access.deny(user, "casework.break-glass", breakGlassId, "only the supervisor of the case's unit reviews break-glass uses");
			throw new Refusal.Forbidden();
		}
		int reviewed = jdbc.sql("update casework.break_glass set reviewed_at = :at, reviewed_by = :by where id = :id and reviewed_at is null")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("by", user.getUsername())
			.param("id", breakGlassId)
			.update();
		if (reviewed == 1) {
			access.record(user, AccessEntry.Action.WRITE, "casework.break-glass", caseId.get(), granted.clientCase().familyId(), "break-glass use reviewed");
		}
	}

	/** The case's entries in the access log, the newest first; the reading is logged too. */
	public PageOf<AccessLog.Logged> accessLog(SignedInUser user, UUID caseId, PageRequest page) {
		access.require(user, caseId, Operation.READ_ACCESS_LOG);
		return accessLog.search(AccessLog.Search.ofRecord("casework.", caseId.toString()), page);
	}
}
