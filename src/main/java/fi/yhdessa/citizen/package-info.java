/**
 * The family portal: the residents' side of everything the other modules do.
 */
@ApplicationModule(displayName = "Family portal", allowedDependencies = { "platform", "network", "directory", "frontdoor", "casework", "consent", "population" })
package fi.yhdessa.citizen;

import org.springframework.modulith.ApplicationModule;
