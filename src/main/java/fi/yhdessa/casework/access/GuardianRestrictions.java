package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.GuardianRestriction;
import fi.yhdessa.casework.HiddenPart;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.platform.SignedInUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young person's right to forbid giving their information to their guardians (Social Welfare
 * Client Act 812/2000 §11). The responsible worker records that it applies and why, and may end it;
 * while it is in force, the young person chooses in the portal which parts of their own case their
 * guardians do not see. {@link CaseAccess} refuses a guardian those parts everywhere. Nothing is
 * deleted: an end and a revealing are recorded with their time.
 */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class GuardianRestrictions {

	public static final int GROUNDS_MAX = 2_000;

	private final CaseAccess access;
	private final CaseStore store;
	private final JdbcClient jdbc;
	private final Clock clock;

	GuardianRestrictions(CaseAccess access, CaseStore store, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The record in force for a case whose reading the caller has just been allowed and logged. */
	public Optional<GuardianRestriction> inForce(UUID caseId) {
		return store.restriction(caseId);
	}

	/** The parts the young person hides now, for a caller who has just read the case. */
	public Set<HiddenPart> hidden(UUID caseId) {
		return store.hiddenFromGuardians(caseId);
	}

	/** The worker records that the young person may forbid disclosure to guardians, and why. */
	public void record(SignedInUser user, UUID caseId, String grounds) {
		ClientCase clientCase = access.require(user, caseId, Operation.RECORD_CONSENT).clientCase();
		String clean = Cases.blankToNull(grounds);
		if (clean == null || clean.length() > GROUNDS_MAX) {
			throw new Problem("restriction.error.grounds");
		}
		if (clientCase.childId() == null) {
			throw new Problem("restriction.error.notOwnCase");
		}
		if (store.restriction(caseId).isPresent()) {
			throw new Problem("restriction.error.inForce");
		}
		jdbc.sql("""
				insert into casework.guardian_restriction (id, case_id, grounds, recorded_by, recorded_at)
				values (:id, :case, :grounds, :by, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("case", caseId)
			.param("grounds", clean)
			.param("by", user.getUsername())
			.param("at", now())
			.update();
	}

	/** The worker ends the record; whatever the young person hid is shown to guardians again. */
	public void end(SignedInUser user, UUID caseId) {
		access.require(user, caseId, Operation.RECORD_CONSENT);
		Timestamp now = now();
		int ended = jdbc.sql("update casework.guardian_restriction set ended_at = :at, ended_by = :by where case_id = :case and ended_at is null")
			.param("at", now)
			.param("by", user.getUsername())
			.param("case", caseId)
			.update();
		if (ended == 0) {
			throw new Problem("restriction.error.notInForce");
		}
		jdbc.sql("update casework.hidden_part set revealed_at = :at where case_id = :case and revealed_at is null").param("at", now).param("case", caseId).update();
	}

	/** The young person sets which parts of their own case their guardians do not see; the others are shown again. */
	public void hide(SignedInUser user, UUID caseId, Set<HiddenPart> parts) {
		access.require(user, caseId, Operation.HIDE_FROM_GUARDIANS);
		Set<HiddenPart> hidden = store.hiddenFromGuardians(caseId);
		Timestamp now = now();
		for (HiddenPart part : HiddenPart.values()) {
			if (parts.contains(part) && !hidden.contains(part)) {
				jdbc.sql("insert into casework.hidden_part (id, case_id, part, hidden_by, hidden_at) values (:id, :case, :part, :by, :at)")
					.param("id", UUID.randomUUID())
					.param("case", caseId)
					.param("part", part.name())
					.param("by", user.getUsername())
					.param("at", now)
					.update();
			}
			else if (!parts.contains(part) && hidden.contains(part)) {
				jdbc.sql("update casework.hidden_part set revealed_at = :at where case_id = :case and part = :part and revealed_at is null")
					.param("at", now)
					.param("case", caseId)
					.param("part", part.name())
					.update();
			}
		}
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}
}
