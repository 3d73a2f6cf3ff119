package fi.yhdessa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Conditional;

/**
 * No bean of the platform exists or not by a setting or a profile (ADR 0021): a start from the
 * build's ahead-of-time processed context keeps the beans the build chose, so a setting given at
 * start must decide what a bean does, not whether it is there. {@code @Profile} and every
 * {@code @ConditionalOn…} are {@code @Conditional} underneath.
 */
class BeansBySettingTests {

	static final JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(location -> !location.contains("__"))
		.importPackages("fi.yhdessa");

	@Test
	void noComponentOrConfigurationIsConditional() {
		noClasses().should().beMetaAnnotatedWith(Conditional.class).check(platform);
	}

	@Test
	void noBeanMethodIsConditional() {
		noMethods().should().beMetaAnnotatedWith(Conditional.class).check(platform);
	}
}
