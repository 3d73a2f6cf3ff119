/**
 * Services, places, channels, schedules and activities of the region, their search and the Open Referral HSDS API; holds no personal data.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = { "platform", "network" })
package fi.yhdessa.directory;

import org.springframework.modulith.ApplicationModule;
