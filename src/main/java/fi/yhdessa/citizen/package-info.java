/**
 * The family portal: the residents' side of everything the other modules do. My family (the
 * responsible worker, the team by organisation and role, hand-offs in plain words, appointments and
 * contacts), the client plan to agree to or comment goal by goal, secure messages, consents and
 * denials per organisation, and the report of who has processed the family's data. Casework
 * decides and logs every read of a case ({@code FamilyPortal}); consents go through
 * {@code Consents}, so a withdrawal takes effect at the next request of anyone.
 */
@ApplicationModule(displayName = "Family portal", allowedDependencies = { "platform", "network", "directory", "frontdoor", "casework", "consent", "population" })
package fi.yhdessa.citizen;

import org.springframework.modulith.ApplicationModule;
