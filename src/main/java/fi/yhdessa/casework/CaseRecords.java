package fi.yhdessa.casework;

import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.platform.WorkingDays;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service-needs assessments with their statutory clocks, and the versions of the client plan. */
@Service
@Transactional(noRollbackFor = Refusal.class)
class CaseRecords {

	/** Social Welfare Act §36: the assessment of a child needing special support starts by the 7th working day. */
	static final int START_WORKING_DAYS = 7;
	/** ...and is complete within three months. */
	static final int COMPLETION_MONTHS = 3;
	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final CaseAccess access;
	private final WorkingDays workingDays;
	private final Clock clock;

	CaseRecords(JdbcClient jdbc, CaseStore store, CaseAccess access, WorkingDays workingDays, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** Initiates an assessment; for a child needing special support its start and completion fall due by law. */
	UUID startAssessment(SignedInUser user, UUID caseId, Commands.StartAssessment command) {
		ClientCase clientCase = access.require(user, caseId, Operation.ASSESS).clientCase();
		if (!clientCase.isOpen()) {
			throw new Problem("case.error.closed");
		}
		LocalDate initiated = command.initiatedOn() != null ? command.initiatedOn() : today();
		if (initiated.isAfter(today())) {
			throw new Problem("assessment.error.future");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework.assessment (id, case_id, initiated_on, special_support, start_due, completion_due, participants, recorded_by)
				values (:id, :case, :initiated, :special, :startDue, :completionDue, :participants, :by)
				""")
			.param("id", id)
			.param("case", caseId)
			.param("initiated", initiated)
			.param("special", command.forSpecialSupport())
			.param("startDue", command.forSpecialSupport() ? workingDays.afterWorkingDays(initiated, START_WORKING_DAYS) : null)
			.param("completionDue", command.forSpecialSupport() ? workingDays.afterMonths(initiated, COMPLETION_MONTHS) : null)
			.param("participants", cleaned(command.participants()).toArray(String[]::new))
			.param("by", user.getUsername())
			.update();
		return id;
	}

	/** Records what the assessment found; completing it needs the conclusion and both views asked. */
	void recordAssessment(SignedInUser user, UUID caseId, UUID assessmentId, Commands.RecordAssessment command) {
		access.require(user, caseId, Operation.ASSESS);
		Assessment current = store.assessment(assessmentId).filter(a -> a.caseId().equals(caseId)).orElseThrow(() -> {
			access.deny(user, Operation.ASSESS.recordKind(), assessmentId, "the assessment is not of case " + caseId);
			return new Refusal.NotFound();
		});
		if (current.complete()) {
			throw new Problem("assessment.error.complete");
		}
		LocalDate started = command.startedOn() != null ? command.startedOn() : current.startedOn();
		LocalDate completed = command.completedOn();
		if (started != null && (started.isBefore(current.initiatedOn()) || started.isAfter(today()))) {
			throw new Problem("assessment.error.started");
		}
		String conclusion = Objects.requireNonNullElse(Cases.blankToNull(command.conclusion()), Objects.requireNonNullElse(current.conclusion(), ""));
		if (completed != null) {
			if (started == null || completed.isBefore(started) || completed.isAfter(today())) {
				throw new Problem("assessment.error.completed");
			}
			if (conclusion.isBlank()) {
				throw new Problem("assessment.error.conclusion");
			}
		}
		Map<String, String> findings = new java.util.TreeMap<>();
		current.findings().forEach((area, text) -> findings.put(area.name(), text));
		if (command.findings() != null) {
			command.findings().forEach((area, text) -> {
				if (area != null && text != null && !text.isBlank()) {
					findings.put(area.name(), text.strip());
				}
			});
		}
		jdbc.sql("""
				update casework.assessment set started_on = :started, participants = :participants, family_view = :familyView, child_view = :childView,
				  findings = cast(:findings as jsonb), conclusion = :conclusion, services_needed = :services, child_welfare_investigation = :investigation,
				  completed_on = :completed
				where id = :id
				""")
			.param("started", started)
			.param("participants", (command.participants() != null ? cleaned(command.participants()) : current.participants()).toArray(String[]::new))
			.param("familyView", keep(command.familyView(), current.familyView()))
			.param("childView", keep(command.childView(), current.childView()))
			.param("findings", CaseStore.JSON.writeValueAsString(findings))
			.param("conclusion", Cases.blankToNull(conclusion))
			.param("services", (command.servicesNeeded() != null ? cleaned(command.servicesNeeded()) : current.servicesNeeded()).toArray(String[]::new))
			.param("investigation", command.childWelfareInvestigation() != null ? command.childWelfareInvestigation() : current.childWelfareInvestigation())
			.param("completed", completed)
			.param("id", assessmentId)
			.update();
	}

	/** Writes a new version of the client plan; the family is asked to agree to each version anew. */
	int writePlan(SignedInUser user, UUID caseId, Commands.WritePlan command) {
		ClientCase clientCase = access.require(user, caseId, Operation.PLAN).clientCase();
		if (!clientCase.isOpen()) {
			throw new Problem("case.error.closed");
		}
		List<String> goals = cleaned(command.goals());
		if (goals.isEmpty()) {
			throw new Problem("plan.error.goals");
		}
		List<PlanVersion.Measure> measures = command.measures() == null ? List.of()
				: command.measures().stream().filter(m -> m != null && m.service() != null && !m.service().isBlank()).toList();
		if (measures.stream().anyMatch(m -> m.who() == null || m.who().isBlank() || m.byWhen() == null)) {
			throw new Problem("plan.error.measure");
		}
		if (command.reviewOn() != null && command.reviewOn().isBefore(today())) {
			throw new Problem("plan.error.review");
		}
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from casework.plan_version where case_id = :case").param("case", caseId).query(Integer.class).single();
		jdbc.sql("""
				insert into casework.plan_version (case_id, version, goals, measures, commitments, review_on, written_at, written_by)
				values (:case, :version, cast(:goals as jsonb), cast(:measures as jsonb), cast(:commitments as jsonb), :review, :at, :by)
				""")
			.param("case", caseId)
			.param("version", version)
			.param("goals", CaseStore.JSON.writeValueAsString(goals))
			.param("measures", CaseStore.JSON.writeValueAsString(measures.stream()
				.map(m -> new PlanVersion.Measure(m.service().strip(), m.who().strip(), m.byWhen()))
				.toList()))
			.param("commitments", CaseStore.JSON.writeValueAsString(cleaned(command.commitments())))
			.param("review", command.reviewOn())
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("by", user.getUsername())
			.update();
		return version;
	}

	/** Records that the family agreed to this version of the plan (in the portal the family will record it itself). */
	void recordAgreement(SignedInUser user, UUID caseId, Commands.Agreement command) {
		access.require(user, caseId, Operation.PLAN);
		int latest = jdbc.sql("select coalesce(max(version), 0) from casework.plan_version where case_id = :case").param("case", caseId).query(Integer.class).single();
		if (latest == 0 || command.version() == null || command.version() != latest) {
			throw new Problem("plan.error.version");
		}
		int updated = jdbc.sql("""
				update casework.plan_version set agreed_at = :at, agreement_note = :note, agreement_recorded_by = :by
				where case_id = :case and version = :version and agreed_at is null
				""")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("note", Cases.blankToNull(command.note()))
			.param("by", user.getUsername())
			.param("case", caseId)
			.param("version", command.version())
			.update();
		if (updated == 0) {
			throw new Problem("plan.error.agreed");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FINLAND));
	}

	private static String keep(String given, String current) {
		return given != null ? Cases.blankToNull(given) : current;
	}

	static List<String> cleaned(List<String> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}
}
