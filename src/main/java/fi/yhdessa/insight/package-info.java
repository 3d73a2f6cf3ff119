/**
 * Knowledge-based management: the facts the other modules publish, kept in insight's own
 * append-only store with families only as keyed pseudonyms, pre-aggregated as they arrive, and
 * turned into service-flow figures, costs, savings scenarios and effectiveness for leadership —
 * every count of people under five hidden. Insight depends on nothing of the business modules but
 * their {@code events} named interfaces, so it never reads their tables.
 */
@ApplicationModule(displayName = "Insight", allowedDependencies = { "platform", "network", "frontdoor :: events", "casework :: events",
		"consent :: events" })
package fi.yhdessa.insight;

import org.springframework.modulith.ApplicationModule;
