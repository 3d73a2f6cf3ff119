/**
 * Ways into services: contact requests, the guidance queue, bookings, concern conversations and child welfare notifications.
 */
@ApplicationModule(displayName = "Front door", allowedDependencies = { "platform", "directory", "network", "consent" })
package fi.yhdessa.frontdoor;

import org.springframework.modulith.ApplicationModule;
