/**
 * Knowledge-based management: indicators, service-flow figures, costs, effectiveness and the welfare report, built from the events of the other modules.
 */
@ApplicationModule(displayName = "Insight", allowedDependencies = { "platform", "network" })
package fi.yhdessa.insight;

import org.springframework.modulith.ApplicationModule;
