/**
 * The regional network: the county, municipalities, NGOs, parishes and Kela with their units and the professionals who work in them.
 */
@ApplicationModule(displayName = "Network", allowedDependencies = { "platform" })
package fi.yhdessa.network;

import org.springframework.modulith.ApplicationModule;
