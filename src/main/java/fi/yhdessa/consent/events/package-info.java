/** The facts the consent module publishes: consents and denials given and withdrawn, by ids only. */
@NamedInterface("events")
package fi.yhdessa.consent.events;

import org.springframework.modulith.NamedInterface;
