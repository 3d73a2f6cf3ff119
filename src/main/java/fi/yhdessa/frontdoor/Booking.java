package fi.yhdessa.frontdoor;

import fi.yhdessa.frontdoor.Bookings.Slot;
import fi.yhdessa.frontdoor.events.AppointmentAttended;
import fi.yhdessa.frontdoor.events.AppointmentBooked;
import fi.yhdessa.frontdoor.events.AppointmentCancelled;
import fi.yhdessa.frontdoor.events.AppointmentMissed;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A booking of a unit's slot: made, cancelled, or held or missed as the unit records after its start. */
record Booking(UUID id, Slot slot, String name, String email, String phone, String language, String meetingLink, Instant bookedAt,
		Instant cancelledAt, UUID residentId, UUID contactId, Attendance attendance) {

	public boolean isActive() {
		return cancelledAt == null;
	}

	/** The facts of this booking's life so far, as they were published: for the backfill of bookings made before facts were. */
	List<Object> history() {
		Booking made = new Booking(id, slot, name, email, phone, language, meetingLink, bookedAt, null, residentId, contactId, null);
		List<Object> facts = new ArrayList<>(book(made).facts());
		if (cancelledAt != null) {
			facts.addAll(made.cancel(cancelledAt, false).facts());
		}
		else if (attendance != null) {
			facts.addAll(made.record(attendance, slot.startsAt()).facts());
		}
		return facts;
	}

	/** A new booking of a free slot; it records {@link AppointmentBooked}. */
	static Changed<Booking> book(Booking made) {
		return Changed.created(made, new AppointmentBooked(FactIds.of("AppointmentBooked", made.id), made.id, made.slot.unitId(),
				made.slot.mode().name(), made.residentId, made.language, made.bookedAt, made.slot.startsAt()));
	}

	/** Cancels the booking, which frees its slot; not once it was held. Records {@link AppointmentCancelled}. */
	Changed<Booking> cancel(Instant at, boolean byUnit) {
		if (!isActive() || attendance != null) {
			throw new IllegalStateException("Booking " + id + " is cancelled or held already");
		}
		Booking cancelled = new Booking(id, slot, name, email, phone, language, meetingLink, bookedAt, at, residentId, contactId, null);
		return Changed.of(this, cancelled, new AppointmentCancelled(FactIds.of("AppointmentCancelled", id), id, slot.unitId(), slot.mode().name(),
				residentId, language, slot.startsAt(), at, byUnit));
	}

	/**
	 * Records after its start whether the appointment was held or nobody came, once. Records
	 * {@link AppointmentAttended} or {@link AppointmentMissed}.
	 */
	Changed<Booking> record(Attendance recorded, Instant at) {
		if (!isActive() || attendance != null) {
			throw new IllegalStateException("Booking " + id + " is cancelled or its attendance recorded already");
		}
		if (at.isBefore(slot.startsAt())) {
			throw new IllegalStateException("Attendance is recorded once the appointment has started");
		}
		Booking changed = new Booking(id, slot, name, email, phone, language, meetingLink, bookedAt, null, residentId, contactId, recorded);
		Object fact = recorded == Attendance.ATTENDED
				? new AppointmentAttended(FactIds.of("AppointmentAttended", id), id, slot.unitId(), slot.mode().name(), residentId, language, bookedAt,
						slot.startsAt())
				: new AppointmentMissed(FactIds.of("AppointmentMissed", id), id, slot.unitId(), slot.mode().name(), residentId, language, bookedAt,
						slot.startsAt());
		return Changed.of(this, changed, fact);
	}

	/** Whether an appointment was held. Message key {@code booking.attendance.NAME}. */
	enum Attendance {
		ATTENDED, MISSED
	}
}
