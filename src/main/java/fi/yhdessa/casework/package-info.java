/**
 * Client work: the family and its case, responsible worker, team, service-needs assessment, client plan, hand-offs, journal and worklist.
 * {@code demo} holds the demo region's synthetic client work, which writes other modules' data only through their facades
 * (a consent through {@code consent.Consents}).
 */
@ApplicationModule(displayName = "Casework", allowedDependencies = { "platform", "network", "directory", "consent", "frontdoor", "frontdoor :: events", "population" })
package fi.yhdessa.casework;

import org.springframework.modulith.ApplicationModule;
