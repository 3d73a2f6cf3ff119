package fi.yhdessa.consent;

import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents and denials of disclosure per recipient organisation. Every disclosure asks
 * {@link #allows} at the moment it happens, so a withdrawal or a new denial takes effect at once,
 * also for sessions already open. A denial outweighs any consent to the same organisation.
 */
@Service
public class Consents {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Facts facts;

	Consents(JdbcClient jdbc, Clock clock, Facts facts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.facts = facts;
	}

	/** What a family member decided, as a worker records it (the family records its own in the portal). */
	public record Decision(UUID familyId, String givenBy, UUID recipientOrganisation, Consent.Decision decision, Consent.Scope scope,
			LocalDate validFrom, LocalDate validUntil) {

		public Decision {
			if (familyId == null || recipientOrganisation == null || decision == null || scope == null) {
				throw new IllegalArgumentException("A consent needs the family, the recipient, the decision and the scope");
			}
			if (givenBy == null || givenBy.isBlank()) {
				throw new IllegalArgumentException("A consent needs the family member who gave it");
			}
			if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
				throw new IllegalArgumentException("A consent cannot end before it begins");
			}
		}
	}

	@Transactional
	public Consent record(Decision decision, String recordedBy) {
		Changed<Consent> given = Consent.give(new Consent(UUID.randomUUID(), decision.familyId(), decision.givenBy().strip(), decision.recipientOrganisation(),
				decision.decision(), decision.scope(), decision.validFrom() != null ? decision.validFrom() : today(), decision.validUntil(), recordedBy,
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS), null, null));
		Consent c = given.after();
		jdbc.sql("""
				insert into consent.consent (id, family_id, given_by, recipient_organisation, decision, scope, valid_from, valid_until, recorded_by, recorded_at)
				values (:id, :family, :givenBy, :recipient, :decision, :scope, :from, :until, :by, :at)
				""")
			.param("id", c.id())
			.param("family", c.familyId())
			.param("givenBy", c.givenBy())
			.param("recipient", c.recipientOrganisation())
			.param("decision", c.decision().name())
			.param("scope", c.scope().name())
			.param("from", c.validFrom())
			.param("until", c.validUntil())
			.param("by", recordedBy)
			.param("at", Timestamp.from(c.recordedAt()))
			.update();
		return facts.publish(given);
	}

	/** Withdraws a consent or a denial; effective for the next request of anyone. Withdrawing one withdrawn already changes nothing. */
	@Transactional
	public Optional<Consent> withdraw(UUID id, String withdrawnBy) {
		Optional<Consent> found = find(id);
		if (found.isEmpty() || found.get().withdrawnAt() != null) {
			return found;
		}
		Changed<Consent> withdrawn = found.get().withdraw(withdrawnBy, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		int updated = jdbc.sql("update consent.consent set withdrawn_at = :at, withdrawn_by = :by where id = :id and withdrawn_at is null")
			.param("at", Timestamp.from(withdrawn.after().withdrawnAt()))
			.param("by", withdrawnBy)
			.param("id", id)
			.update();
		return updated == 0 ? find(id) : Optional.of(facts.publish(withdrawn));
	}

	@Transactional(readOnly = true)
	public Optional<Consent> find(UUID id) {
		return jdbc.sql("select * from consent.consent where id = :id").param("id", id).query(Consents::consent).optional();
	}

	/** Every consent and denial of a family, the newest first, withdrawn ones included. */
	@Transactional(readOnly = true)
	public List<Consent> ofFamily(UUID familyId) {
		return jdbc.sql("select * from consent.consent where family_id = :family order by recorded_at desc, id")
			.param("family", familyId)
			.query(Consents::consent)
			.list();
	}

	/**
	 * The consent that allows disclosing the family's data to the organisation for the purpose
	 * today, if one does and no denial forbids it.
	 */
	@Transactional(readOnly = true)
	public Optional<Consent> allowing(UUID familyId, UUID organisationId, Consent.Scope purpose) {
		LocalDate today = today();
		List<Consent> active = jdbc.sql("""
				select * from consent.consent
				where family_id = :family and recipient_organisation = :organisation and withdrawn_at is null
				  and valid_from <= :today and (valid_until is null or valid_until >= :today)
				order by recorded_at desc
				""")
			.param("family", familyId)
			.param("organisation", organisationId)
			.param("today", today)
			.query(Consents::consent)
			.list()
			.stream()
			.filter(consent -> consent.scope().covers(purpose))
			.toList();
		if (active.stream().anyMatch(consent -> consent.decision() == Consent.Decision.DENIAL)) {
			return Optional.empty();
		}
		return active.stream().findFirst();
	}

	public boolean allows(UUID familyId, UUID organisationId, Consent.Scope purpose) {
		return allowing(familyId, organisationId, purpose).isPresent();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FINLAND));
	}

	static Consent consent(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), rs.getString("given_by"),
				rs.getObject("recipient_organisation", UUID.class), Consent.Decision.valueOf(rs.getString("decision")),
				Consent.Scope.valueOf(rs.getString("scope")), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), withdrawn == null ? null : withdrawn.toInstant(),
				rs.getString("withdrawn_by"));
	}
}
