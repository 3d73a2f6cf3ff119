/**
 * Shared kernel: security, accounts and roles, layout, languages, errors, the database, clock and ids; depends on no business module.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {  })
package fi.yhdessa.platform;

import org.springframework.modulith.ApplicationModule;
