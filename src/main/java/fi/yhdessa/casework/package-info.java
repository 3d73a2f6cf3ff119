/**
 * Client work: the family and its case, responsible worker, team, service-needs assessment, client plan, hand-offs, journal and worklist.
 */
@ApplicationModule(displayName = "Casework", allowedDependencies = { "platform", "network", "directory", "consent", "frontdoor", "frontdoor :: events", "population" })
package fi.yhdessa.casework;

import org.springframework.modulith.ApplicationModule;
