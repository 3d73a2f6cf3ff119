package fi.yhdessa.insight.intake;

import static fi.yhdessa.insight.facts.Dimensions.ageGroup;
import static fi.yhdessa.insight.facts.Dimensions.channel;
import static fi.yhdessa.insight.facts.Dimensions.contactChannel;
import static fi.yhdessa.insight.facts.Dimensions.day;
import static fi.yhdessa.insight.facts.Dimensions.days;
import static fi.yhdessa.insight.facts.Dimensions.onTime;

import fi.yhdessa.frontdoor.events.AppointmentAttended;
import fi.yhdessa.frontdoor.events.AppointmentBooked;
import fi.yhdessa.frontdoor.events.AppointmentCancelled;
import fi.yhdessa.frontdoor.events.AppointmentMissed;
import fi.yhdessa.frontdoor.events.ConcernRaised;
import fi.yhdessa.frontdoor.events.ContactAnswered;
import fi.yhdessa.frontdoor.events.ContactReceived;
import fi.yhdessa.frontdoor.events.ContactRouted;
import fi.yhdessa.frontdoor.events.FeedbackGiven;
import fi.yhdessa.frontdoor.events.NotificationDecided;
import fi.yhdessa.frontdoor.events.NotificationReceived;
import fi.yhdessa.frontdoor.events.NotificationUrgencyAssessed;
import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.store.FactStore;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The front door's facts as insight keeps them: contacts, appointments, concerns, notifications and feedback. */
@Component
class FrontDoorIntake {

	private final FactStore store;
	private final Places places;
	private final Pseudonyms keys;

	FrontDoorIntake(FactStore store, Places places, Pseudonyms keys) {
		this.store = store;
		this.places = places;
		this.keys = keys;
	}

	@ApplicationModuleListener
	void on(ContactReceived fact) {
		byte[] family = keys.of(fact.familyId());
		store.record(Fact.of(fact.factId(), FactKind.CONTACT_RECEIVED, fact.receivedAt())
			.at(places.unit(fact.unitId()))
			.municipality(fact.municipality())
			.channel(contactChannel(fact.channel()))
			.ageGroup(ageGroup(fact.childAge()))
			.language(fact.language())
			.detail(fact.origin())
			.value(store.contactedBefore(family, fact.receivedAt()) ? 1 : 0)
			.due(fact.answerDue())
			.family(family)
			.subject(keys.of(fact.contactId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(ContactAnswered fact) {
		store.record(Fact.of(fact.factId(), FactKind.CONTACT_ANSWERED, fact.answeredAt())
			.at(places.unit(fact.unitId()))
			.municipality(fact.municipality())
			.channel(contactChannel(fact.channel()))
			.ageGroup(ageGroup(fact.childAge()))
			.language(fact.language())
			.detail(fact.outcome())
			.onTime(onTime(fact.answeredOn(), fact.answerDue()))
			.value(days(day(fact.receivedAt()), fact.answeredOn()))
			.family(keys.of(fact.familyId()))
			.subject(keys.of(fact.contactId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(ContactRouted fact) {
		store.record(Fact.of(fact.factId(), FactKind.CONTACT_ROUTED, fact.routedAt())
			.at(places.unit(fact.toUnitId()))
			.municipality(fact.municipality())
			.ageGroup(ageGroup(fact.childAge()))
			.language(fact.language())
			.detail(fact.to())
			.family(keys.of(fact.familyId()))
			.subject(keys.of(fact.contactId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(AppointmentBooked fact) {
		store.record(appointment(Fact.of(fact.factId(), FactKind.APPOINTMENT_BOOKED, fact.bookedAt()), fact.unitId(), fact.channel(), fact.language(),
				fact.familyId(), fact.bookingId())
			.value(days(fact.bookedAt(), fact.startsAt()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(AppointmentAttended fact) {
		store.record(appointment(Fact.of(fact.factId(), FactKind.APPOINTMENT_ATTENDED, fact.startsAt()), fact.unitId(), fact.channel(), fact.language(),
				fact.familyId(), fact.bookingId()).build(places));
	}

	@ApplicationModuleListener
	void on(AppointmentMissed fact) {
		store.record(appointment(Fact.of(fact.factId(), FactKind.APPOINTMENT_MISSED, fact.startsAt()), fact.unitId(), fact.channel(), fact.language(),
				fact.familyId(), fact.bookingId()).build(places));
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled fact) {
		store.record(appointment(Fact.of(fact.factId(), FactKind.APPOINTMENT_CANCELLED, fact.cancelledAt()), fact.unitId(), fact.channel(), fact.language(),
				fact.familyId(), fact.bookingId())
			.detail(fact.byUnit() ? "BY_UNIT" : "BY_FAMILY")
			.build(places));
	}

	private Fact.Builder appointment(Fact.Builder fact, UUID unit, String mode, String language, UUID family, UUID booking) {
		return fact.at(places.unit(unit)).channel(channel(mode)).language(language).family(keys.of(family)).subject(keys.of(booking));
	}

	@ApplicationModuleListener
	void on(ConcernRaised fact) {
		store.record(Fact.of(fact.factId(), FactKind.CONCERN_RAISED, fact.heldAt())
			.at(places.unit(fact.unitId()))
			.ageGroup(ageGroup(fact.childAge()))
			.detail(fact.zone())
			.value(fact.invitedUnitId() == null ? 0 : 1)
			.subject(keys.of(fact.concernId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(NotificationReceived fact) {
		store.record(Fact.of(fact.factId(), FactKind.NOTIFICATION_RECEIVED, fact.receivedAt())
			.at(places.unit(fact.unitId()))
			.municipality(fact.municipality())
			.ageGroup(ageGroup(fact.childAge()))
			.detail(fact.reporterKind())
			.due(fact.decisionDue())
			.subject(keys.of(fact.notificationId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(NotificationUrgencyAssessed fact) {
		store.record(Fact.of(fact.factId(), FactKind.NOTIFICATION_URGENCY_ASSESSED, fact.assessedAt())
			.at(places.unit(fact.unitId()))
			.municipality(fact.municipality())
			.ageGroup(ageGroup(fact.childAge()))
			.detail(fact.urgency())
			.value(days(fact.receivedAt(), fact.assessedAt()))
			.subject(keys.of(fact.notificationId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(NotificationDecided fact) {
		store.record(Fact.of(fact.factId(), FactKind.NOTIFICATION_DECIDED, fact.decidedAt())
			.at(places.unit(fact.unitId()))
			.municipality(fact.municipality())
			.ageGroup(ageGroup(fact.childAge()))
			.detail(fact.decision())
			.onTime(onTime(fact.decidedOn(), fact.decisionDue()))
			.value(days(day(fact.receivedAt()), fact.decidedOn()))
			.subject(keys.of(fact.notificationId()))
			.build(places));
	}

	/** Feedback is known by its month only: it is counted as of the month's first day. */
	@ApplicationModuleListener
	void on(FeedbackGiven fact) {
		store.record(Fact.of(fact.factId(), FactKind.FEEDBACK_GIVEN, fact.month().atDay(1).atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant())
			.month(fact.month())
			.at(places.unit(fact.unitId()))
			.detail(fact.helped())
			.build(places));
	}
}
