package fi.yhdessa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(YhdessaApplication.class);

	@Test
	void keepsEveryModuleBehindItsDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void hasTheModulesOfTheArchitecture() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("platform", "network", "directory", "frontdoor", "casework", "consent", "citizen", "insight", "population", "demo");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
