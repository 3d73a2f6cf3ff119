/**
 * The deterministic synthetic region (municipalities, organisations, residents and demo accounts) that the demo profile loads and the benchmarks use.
 */
@ApplicationModule(displayName = "Demo region", allowedDependencies = { "platform", "network", "population", "directory", "frontdoor", "casework" })
package fi.yhdessa.demo;

import org.springframework.modulith.ApplicationModule;
