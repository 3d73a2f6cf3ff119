package fi.yhdessa.casework.plan;

import fi.yhdessa.casework.Assessment;
import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.LifeArea;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.access.CaseAccess;
import fi.yhdessa.casework.access.CaseContexts;
import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.platform.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service-needs assessments with their statutory clocks, and the versions of the client plan. */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class CaseRecords {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final CaseAccess access;
	private final WorkingDays workingDays;
	private final Clock clock;
	private final CaseContexts contexts;
	private final PlanStore plans;
	private final Facts facts;

	CaseRecords(JdbcClient jdbc, CaseStore store, CaseAccess access, WorkingDays workingDays, Clock clock, CaseContexts contexts, PlanStore plans,
			Facts facts) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.workingDays = workingDays;
		this.clock = clock;
		this.contexts = contexts;
		this.plans = plans;
		this.facts = facts;
	}

	/** Initiates an assessment; for a child needing special support its start and completion fall due by law. */
	public UUID startAssessment(SignedInUser user, UUID caseId, Commands.StartAssessment command) {
		ClientCase clientCase = access.require(user, caseId, Operation.ASSESS).clientCase();
		clientCase.requireOpen();
		LocalDate initiated = command.initiatedOn() != null ? command.initiatedOn() : today();
		boolean special = command.forSpecialSupport();
		Changed<Assessment> started = Assessment.initiate(new Assessment(UUID.randomUUID(), caseId, initiated, special,
				special ? workingDays.afterWorkingDays(initiated, Assessment.START_WORKING_DAYS) : null, null,
				special ? workingDays.afterMonths(initiated, Assessment.COMPLETION_MONTHS) : null, null, cleaned(command.participants()), null, null, Map.of(), null,
				List.of(), false, user.getUsername()), today(), contexts.of(caseId));
		Assessment a = started.after();
		jdbc.sql("""
				insert into casework.assessment (id, case_id, initiated_on, special_support, start_due, completion_due, participants, recorded_by)
				values (:id, :case, :initiated, :special, :startDue, :completionDue, :participants, :by)
				""")
			.param("id", a.id())
			.param("case", caseId)
			.param("initiated", a.initiatedOn())
			.param("special", a.specialSupport())
			.param("startDue", a.startDue())
			.param("completionDue", a.completionDue())
			.param("participants", a.participants().toArray(String[]::new))
			.param("by", a.recordedBy())
			.update();
		facts.publish(started);
		return a.id();
	}

	/** Records what the assessment found; completing it needs the conclusion and both views asked. */
	public void recordAssessment(SignedInUser user, UUID caseId, UUID assessmentId, Commands.RecordAssessment command) {
		access.require(user, caseId, Operation.ASSESS);
		Assessment current = store.assessment(assessmentId).filter(a -> a.caseId().equals(caseId)).orElseThrow(() -> {
			access.deny(user, Operation.ASSESS.recordKind(), assessmentId, "the assessment is not of case " + caseId);
			return new Refusal.NotFound();
		});
		Map<LifeArea, String> findings = new EnumMap<>(LifeArea.class);
		findings.putAll(current.findings());
		if (command.findings() != null) {
			command.findings().forEach((area, text) -> {
				if (area != null && text != null && !text.isBlank()) {
					findings.put(area, text.strip());
				}
			});
		}
		String conclusion = Cases.blankToNull(Objects.requireNonNullElse(Cases.blankToNull(command.conclusion()), Objects.requireNonNullElse(current.conclusion(), "")));
		Changed<Assessment> recorded = current.record(new Assessment(assessmentId, caseId, current.initiatedOn(), current.specialSupport(), current.startDue(),
				command.startedOn() != null ? command.startedOn() : current.startedOn(), current.completionDue(), command.completedOn(),
				command.participants() != null ? cleaned(command.participants()) : current.participants(), keep(command.familyView(), current.familyView()),
				keep(command.childView(), current.childView()), findings, conclusion,
				command.servicesNeeded() != null ? cleaned(command.servicesNeeded()) : current.servicesNeeded(),
				command.childWelfareInvestigation() != null ? command.childWelfareInvestigation() : current.childWelfareInvestigation(), current.recordedBy()),
				today(), contexts.of(caseId));
		Assessment a = recorded.after();
		Map<String, String> stored = new TreeMap<>();
		a.findings().forEach((area, text) -> stored.put(area.name(), text));
		jdbc.sql("""
				update casework.assessment set started_on = :started, participants = :participants, family_view = :familyView, child_view = :childView,
				  findings = cast(:findings as jsonb), conclusion = :conclusion, services_needed = :services, child_welfare_investigation = :investigation,
				  completed_on = :completed
				where id = :id and completed_on is null
				""")
			.param("started", a.startedOn())
			.param("participants", a.participants().toArray(String[]::new))
			.param("familyView", a.familyView())
			.param("childView", a.childView())
			.param("findings", CaseStore.JSON.writeValueAsString(stored))
			.param("conclusion", a.conclusion())
			.param("services", a.servicesNeeded().toArray(String[]::new))
			.param("investigation", a.childWelfareInvestigation())
			.param("completed", a.completedOn())
			.param("id", assessmentId)
			.update();
		facts.publish(recorded);
	}

	/** Writes a new version of the client plan; the family is asked to agree to each version anew. */
	public int writePlan(SignedInUser user, UUID caseId, Commands.WritePlan command) {
		ClientCase clientCase = access.require(user, caseId, Operation.PLAN).clientCase();
		clientCase.requireOpen();
		List<PlanVersion.Measure> measures = command.measures() == null ? List.of()
				: command.measures().stream().filter(m -> m != null && m.service() != null && !m.service().isBlank()).toList();
		if (measures.stream().anyMatch(m -> m.who() == null || m.who().isBlank() || m.byWhen() == null)) {
			throw new Problem("plan.error.measure");
		}
		if (measures.stream().anyMatch(m -> m.byWhen().isBefore(today()))) {
			throw new Problem("plan.error.measurePast");
		}
		if (command.reviewOn() != null && command.reviewOn().isBefore(today())) {
			throw new Problem("plan.error.review");
		}
		List<PlanVersion> versions = store.plans(caseId);
		PlanVersion previous = versions.isEmpty() ? null : versions.getFirst();
		int version = previous == null ? 1 : previous.version() + 1;
		plans.insert(PlanVersion.write(new PlanVersion(caseId, version, cleaned(command.goals()),
				measures.stream().map(m -> new PlanVersion.Measure(m.service().strip(), m.who().strip(), m.byWhen())).toList(),
				cleaned(command.commitments()), command.reviewOn(), Instant.now(clock), user.getUsername(), null, null, null), previous, contexts.of(caseId)));
		return version;
	}

	/** Records that the family agreed to this version of the plan (in the portal the family records it itself). */
	public void recordAgreement(SignedInUser user, UUID caseId, Commands.Agreement command) {
		access.require(user, caseId, Operation.PLAN);
		List<PlanVersion> versions = store.plans(caseId);
		if (versions.isEmpty() || command.version() == null || command.version() != versions.getFirst().version()) {
			throw new Problem("plan.error.version");
		}
		plans.agree(versions.getFirst().agree(Instant.now(clock), Cases.blankToNull(command.note()), user.getUsername(), false, contexts.of(caseId)));
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
