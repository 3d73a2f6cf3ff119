package fi.yhdessa.casework;

import fi.yhdessa.casework.access.CaseContexts;
import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.handoff.HandoffStore;
import fi.yhdessa.platform.AccountId;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.PastFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Casework's records made before it published facts, told again once by the backfill. Each record
 * goes through the same changes as it did when it was made, so its facts are the ones it would
 * have published, with the same ids. Ratings of goals and of everyday life began with facts and
 * need no backfill.
 */
@Configuration(proxyBeanMethods = false)
public class CaseworkPastFacts {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	@Bean
	PastFacts pastCases(JdbcClient jdbc, CaseContexts contexts, Accounts accounts) {
		return PastFacts.of("casework.case", jdbc, "select " + CaseStore.CASE_COLUMNS + " from " + CaseStore.CASE_FROM + " order by c.opened_at, c.id",
				CaseStore::clientCase, c -> history(c, jdbc, contexts, accounts));
	}

	/** Opened by its first responsible worker, handed on to each later one, and closed if it is. */
	private static List<Object> history(ClientCase c, JdbcClient jdbc, CaseContexts contexts, Accounts accounts) {
		List<Map.Entry<Instant, UUID>> periods = jdbc.sql("select since, worker, reason from casework.responsibility where case_id = :case order by since")
			.param("case", c.id())
			.query((rs, n) -> Map.entry(rs.getTimestamp("since").toInstant(), rs.getObject("worker", UUID.class)))
			.list();
		CaseContext context = contexts.of(c.id(), day(c.openedAt()));
		UUID firstUnit = periods.size() > 1 ? accounts.find(new AccountId(periods.getFirst().getValue())).map(a -> a.unitId()).orElse(c.unitId()) : c.unitId();
		ClientCase state = new ClientCase(c.id(), c.reference(), c.familyId(), c.familyName(), c.childId(), firstUnit, c.organisationId(), c.origin(),
				c.originReference(), c.openedAt(), c.openedBy(), periods.isEmpty() ? c.responsibleWorker() : periods.getFirst().getValue(), null, null, null,
				c.kind());
		List<Object> facts = new ArrayList<>(ClientCase.open(state, context.withUnit(firstUnit)).facts());
		for (Map.Entry<Instant, UUID> period : periods.subList(Math.min(1, periods.size()), periods.size())) {
			var worker = accounts.find(new AccountId(period.getValue()));
			var assigned = state.assign(period.getValue(), worker.map(a -> a.unitId()).orElse(state.unitId()),
					worker.map(a -> a.organisationId()).orElse(state.organisationId()), false, period.getKey(), contexts.of(c.id(), day(period.getKey())));
			facts.addAll(assigned.facts());
			state = assigned.after();
		}
		if (!c.isOpen()) {
			facts.addAll(state.close(c.closeReason(), c.outcome(), c.closedAt(), contexts.of(c.id(), day(c.closedAt()))).facts());
		}
		return facts;
	}

	@Bean
	PastFacts pastAssessments(JdbcClient jdbc, CaseContexts contexts) {
		return PastFacts.of("casework.assessment", jdbc, "select * from casework.assessment order by initiated_on, id", CaseStore::assessment, a -> {
				List<Object> facts = new ArrayList<>();
				Assessment initiated = new Assessment(a.id(), a.caseId(), a.initiatedOn(), a.specialSupport(), a.startDue(), null, a.completionDue(), null,
						a.participants(), null, null, Map.of(), null, List.of(), false, a.recordedBy());
				facts.addAll(Assessment.initiate(initiated, a.initiatedOn(), contexts.of(a.caseId(), a.initiatedOn())).facts());
				if (a.startedOn() != null) {
					LocalDate last = a.completedOn() != null ? a.completedOn() : a.startedOn();
					facts.addAll(initiated.record(a, last, contexts.of(a.caseId(), last)).facts());
				}
				return facts;
			});
	}

	@Bean
	PastFacts pastPlans(JdbcClient jdbc, CaseContexts contexts) {
		return PastFacts.of("casework.plan", jdbc, "select * from casework.plan_version order by case_id, version", CaseStore::plan, plan -> {
				List<Object> facts = new ArrayList<>();
				PlanVersion previous = plan.version() == 1 ? null : jdbc.sql("select * from casework.plan_version where case_id = :case and version = :version")
					.param("case", plan.caseId())
					.param("version", plan.version() - 1)
					.query(CaseStore::plan)
					.optional()
					.orElse(null);
				PlanVersion written = new PlanVersion(plan.caseId(), plan.version(), plan.goals(), plan.measures(), plan.commitments(), plan.reviewOn(),
						plan.writtenAt(), plan.writtenBy(), null, null, null);
				facts.addAll(PlanVersion.write(written, previous, contexts.of(plan.caseId(), day(plan.writtenAt()))).facts());
				if (plan.agreed()) {
					facts.addAll(written.agree(plan.agreedAt(), plan.agreementNote(), plan.agreementRecordedBy(), SystemText.key(plan.agreementNote()) != null,
							contexts.of(plan.caseId(), day(plan.agreedAt()))).facts());
				}
				return facts;
			});
	}

	@Bean
	PastFacts pastHandoffs(JdbcClient jdbc, CaseContexts contexts, HandoffStore handoffs) {
		return PastFacts.of("casework.handoff", jdbc, "select h.*, c.reference as case_reference, c.family_id "
				+ "from casework.handoff h join casework.client_case c on c.id = h.case_id order by h.proposed_at, h.id", CaseStore::handoff, h -> {
				List<Object> facts = new ArrayList<>();
				Handoff proposed = new Handoff(h.id(), h.caseId(), h.caseReference(), h.familyId(), h.fromWorker(), h.fromUnit(), h.toOrganisation(), h.toUnit(),
						h.toWorker(), h.transfer(), h.context(), h.consentId(), h.legalBasis(), h.replaces(), Handoff.Status.PROPOSED, h.proposedAt(), h.answerDue(),
						null, null, null, null, null);
				CaseContext context = contexts.of(h.caseId(), day(h.proposedAt()));
				facts.addAll(Handoff.propose(proposed, context).facts());
				var answered = switch (h.status()) {
					case PROPOSED -> null;
					case ACCEPTED, COMPLETED -> proposed.accept(h.answeredBy(), h.answeredAt(), context);
					case DECLINED -> proposed.decline(h.answeredBy(), h.declineReason(), h.answeredAt(), context);
					case EXPIRED -> proposed.expire(h.answeredAt(), context);
				};
				if (answered != null) {
					facts.addAll(answered.facts());
					if (h.status() == Handoff.Status.COMPLETED) {
						facts.addAll(answered.after().complete(h.firstMeetingOn(), h.firstMeetingOn(), handoffs.returnedBefore(h.caseId(), h.proposedAt()), context)
							.facts());
					}
				}
				return facts;
			});
	}

	private static LocalDate day(Instant at) {
		return at.atZone(FINLAND).toLocalDate();
	}
}
