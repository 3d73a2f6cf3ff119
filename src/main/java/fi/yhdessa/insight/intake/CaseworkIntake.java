package fi.yhdessa.insight.intake;

import static fi.yhdessa.insight.facts.Dimensions.ageGroup;
import static fi.yhdessa.insight.facts.Dimensions.day;
import static fi.yhdessa.insight.facts.Dimensions.days;
import static fi.yhdessa.insight.facts.Dimensions.onTime;

import fi.yhdessa.casework.events.AssessmentCompleted;
import fi.yhdessa.casework.events.AssessmentInitiated;
import fi.yhdessa.casework.events.AssessmentStarted;
import fi.yhdessa.casework.events.CaseClosed;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.CaseOpened;
import fi.yhdessa.casework.events.EverydayLifeRated;
import fi.yhdessa.casework.events.GoalAttainmentRated;
import fi.yhdessa.casework.events.HandoffAccepted;
import fi.yhdessa.casework.events.HandoffCompleted;
import fi.yhdessa.casework.events.HandoffDeclined;
import fi.yhdessa.casework.events.HandoffExpired;
import fi.yhdessa.casework.events.HandoffProposed;
import fi.yhdessa.casework.events.PlanAgreed;
import fi.yhdessa.casework.events.PlanReviewed;
import fi.yhdessa.casework.events.ResponsibleWorkerChanged;
import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.store.FactStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Casework's facts as insight keeps them. A case's facts count by the case's unit and kind of client
 * work; a hand-off's by the receiving unit and its kind of service.
 */
@Component
class CaseworkIntake {

	private final FactStore store;
	private final Places places;
	private final Pseudonyms keys;

	CaseworkIntake(FactStore store, Places places, Pseudonyms keys) {
		this.store = store;
		this.places = places;
		this.keys = keys;
	}

	@ApplicationModuleListener
	void on(CaseOpened fact) {
		LocalDate opened = day(fact.openedAt());
		store.record(ofCase(fact.factId(), FactKind.CASE_OPENED, fact.openedAt(), fact.context())
			.detail(fact.origin())
			.value(opened.lengthOfMonth() - opened.getDayOfMonth() + 1)
			.build(places));
	}

	@ApplicationModuleListener
	void on(CaseClosed fact) {
		LocalDate closed = day(fact.closedAt());
		store.record(ofCase(fact.factId(), FactKind.CASE_CLOSED, fact.closedAt(), fact.context())
			.detail(fact.outcome())
			.value(closed.lengthOfMonth() - closed.getDayOfMonth())
			.build(places));
	}

	@ApplicationModuleListener
	void on(ResponsibleWorkerChanged fact) {
		store.record(ofCase(fact.factId(), FactKind.RESPONSIBLE_WORKER_CHANGED, fact.changedAt(), fact.context())
			.detail(fact.byHandoff() ? "BY_HANDOFF" : "DIRECT")
			.build(places));
	}

	@ApplicationModuleListener
	void on(AssessmentInitiated fact) {
		store.record(ofCase(fact.factId(), FactKind.ASSESSMENT_INITIATED, instant(fact.initiatedOn()), fact.context())
			.detail(fact.specialSupport() ? "SPECIAL_SUPPORT" : "OTHER")
			.due(fact.startDue())
			.dueFinal(fact.completionDue())
			.subject(keys.of(fact.assessmentId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(AssessmentStarted fact) {
		store.record(ofCase(fact.factId(), FactKind.ASSESSMENT_STARTED, instant(fact.startedOn()), fact.context())
			.detail(fact.specialSupport() ? "SPECIAL_SUPPORT" : "OTHER")
			.onTime(onTime(fact.startedOn(), fact.startDue()))
			.value(days(fact.initiatedOn(), fact.startedOn()))
			.subject(keys.of(fact.assessmentId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(AssessmentCompleted fact) {
		store.record(ofCase(fact.factId(), FactKind.ASSESSMENT_COMPLETED, instant(fact.completedOn()), fact.context())
			.detail(fact.specialSupport() ? "SPECIAL_SUPPORT" : "OTHER")
			.onTime(onTime(fact.completedOn(), fact.completionDue()))
			.value(days(fact.initiatedOn(), fact.completedOn()))
			.subject(keys.of(fact.assessmentId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(PlanAgreed fact) {
		store.record(ofCase(fact.factId(), FactKind.PLAN_AGREED, fact.agreedAt(), fact.context())
			.detail(fact.byFamily() ? "BY_FAMILY" : "BY_WORKER")
			.value(days(fact.writtenAt(), fact.agreedAt()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(PlanReviewed fact) {
		store.record(ofCase(fact.factId(), FactKind.PLAN_REVIEWED, fact.reviewedAt(), fact.context())
			.onTime(onTime(day(fact.reviewedAt()), fact.reviewDue()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(HandoffProposed fact) {
		store.record(ofHandoff(fact.factId(), FactKind.HANDOFF_PROPOSED, fact.proposedAt(), fact.context(), fact.toUnitId(), fact.handoffId())
			.detail(fact.rerouted() ? "REROUTED" : "FIRST")
			.due(fact.answerDue())
			.build(places));
	}

	@ApplicationModuleListener
	void on(HandoffAccepted fact) {
		store.record(ofHandoff(fact.factId(), FactKind.HANDOFF_ACCEPTED, fact.acceptedAt(), fact.context(), fact.toUnitId(), fact.handoffId())
			.value(days(fact.proposedAt(), fact.acceptedAt()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(HandoffDeclined fact) {
		store.record(ofHandoff(fact.factId(), FactKind.HANDOFF_DECLINED, fact.declinedAt(), fact.context(), fact.toUnitId(), fact.handoffId())
			.value(days(fact.proposedAt(), fact.declinedAt()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(HandoffExpired fact) {
		store.record(ofHandoff(fact.factId(), FactKind.HANDOFF_EXPIRED, fact.expiredAt(), fact.context(), fact.toUnitId(), fact.handoffId()).build(places));
	}

	@ApplicationModuleListener
	void on(HandoffCompleted fact) {
		store.record(ofHandoff(fact.factId(), FactKind.HANDOFF_COMPLETED, instant(fact.firstMeetingOn()), fact.context(), fact.toUnitId(), fact.handoffId())
			.value(fact.returnedBefore())
			.base(days(day(fact.proposedAt()), fact.firstMeetingOn()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(GoalAttainmentRated fact) {
		store.record(ofCase(fact.factId(), FactKind.GOAL_ATTAINMENT_RATED, fact.ratedAt(), fact.context())
			.detail(fact.stage())
			.value(fact.score())
			.base(fact.baseline())
			.subject(keys.of(fact.context().caseId(), fact.version(), fact.goal()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(EverydayLifeRated fact) {
		store.record(ofCase(fact.factId(), FactKind.EVERYDAY_LIFE_RATED, fact.ratedAt(), fact.context())
			.detail(fact.stage())
			.value(fact.rating())
			.subject(keys.of(fact.context().caseId()))
			.build(places));
	}

	/** A fact of the case, counted by its unit, municipality, kind of client work and child's age; the case is its subject. */
	private Fact.Builder ofCase(UUID factId, FactKind kind, Instant at, CaseContext context) {
		return Fact.of(factId, kind, at)
			.at(places.unit(context.unitId()))
			.municipality(context.municipality())
			.serviceKind(context.kind())
			.ageGroup(ageGroup(context.childAge()))
			.family(keys.of(context.familyId()))
			.subject(keys.of(context.caseId()));
	}

	/** A fact of a hand-off, counted by the receiving unit and its kind of service. */
	private Fact.Builder ofHandoff(UUID factId, FactKind kind, Instant at, CaseContext context, UUID toUnit, UUID handoff) {
		return Fact.of(factId, kind, at)
			.at(places.unit(toUnit))
			.municipality(context.municipality())
			.ageGroup(ageGroup(context.childAge()))
			.family(keys.of(context.familyId()))
			.subject(keys.of(handoff));
	}

	/** A day's fact happens at the start of the day in Finland. */
	private static Instant instant(LocalDate day) {
		return day.atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant();
	}
}
