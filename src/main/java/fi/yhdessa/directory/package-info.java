/**
 * Services, places, channels, schedules and activities of the region, their search and the Open Referral HSDS API; holds no personal data.
 * The base package is the directory's API; its capabilities are internal sub-packages: {@code search} (the Lucene index, needs and the
 * counting of searches), {@code web} (the public search and service pages), {@code editing} (the editors' pages for services, places,
 * needs, synonyms and the report of searches), {@code hsds} (Open Referral import and API), {@code ptv} (the national catalogue).
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = { "platform", "network" })
package fi.yhdessa.directory;

import org.springframework.modulith.ApplicationModule;
