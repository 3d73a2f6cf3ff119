/**
 * Client work: the family and its case, responsible worker, team, service-needs assessment, client plan, hand-offs, journal and worklist.
 * The base package is casework's API: the facades {@code Casework} and {@code FamilyPortal}, the case's records and the rules
 * they keep. Its capabilities are internal sub-packages: {@code access} (the case, its stores and who may do what with it, with
 * the access log), {@code plan} (assessments, the client plan and the family's answers), {@code handoff} (warm hand-offs),
 * {@code messages} (the family's secure messages), {@code web} (the worker's pages, forms and the REST API), {@code events}
 * (the facts casework publishes) and {@code demo} (the demo region's synthetic client work, which writes other modules' data
 * only through their facades — a consent through {@code consent.Consents}).
 */
@ApplicationModule(displayName = "Casework", allowedDependencies = { "platform", "network", "directory", "consent", "frontdoor", "frontdoor :: events", "population" })
package fi.yhdessa.casework;

import org.springframework.modulith.ApplicationModule;
