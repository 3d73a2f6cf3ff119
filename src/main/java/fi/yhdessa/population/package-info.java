/**
 * The residents of the region, their households and guardianships: the stand-in for the national Population Information System.
 */
@ApplicationModule(displayName = "Population", allowedDependencies = { "platform" })
package fi.yhdessa.population;

import org.springframework.modulith.ApplicationModule;
