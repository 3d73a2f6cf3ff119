/**
 * Consents and denials per recipient organisation, disclosure decisions, and the access log with its report.
 */
@ApplicationModule(displayName = "Consent", allowedDependencies = { "platform", "network" })
package fi.yhdessa.consent;

import org.springframework.modulith.ApplicationModule;
