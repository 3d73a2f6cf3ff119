/**
 * The facts the front door publishes, as past-tense records: contacts received, answered and routed,
 * appointments booked, held, missed and cancelled, concerns raised, child welfare notifications
 * received, assessed and decided, and feedback given. They carry ids, never names or identity codes.
 */
@NamedInterface("events")
package fi.yhdessa.frontdoor.events;

import org.springframework.modulith.NamedInterface;
