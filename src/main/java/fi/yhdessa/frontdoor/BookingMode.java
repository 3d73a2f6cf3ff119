package fi.yhdessa.frontdoor;

/** How an appointment is held. Message key {@code booking.mode.NAME}. */
enum BookingMode {
	IN_PERSON, VIDEO, PHONE, HOME_VISIT, OUTREACH
}
