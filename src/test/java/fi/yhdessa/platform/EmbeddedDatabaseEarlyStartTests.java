package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The database started early only for the platform, not for another Spring application in the same JVM. */
class EmbeddedDatabaseEarlyStartTests {

	@TempDir
	Path dir;

	@Test
	void anotherSpringApplicationInTheJvmGetsNoDatabase() {
		SpringApplication other = new SpringApplication(StringBuilder.class);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("yhdessa.data-dir", dir.toString(),
				"yhdessa.db.shared-per-jvm", "false", "yhdessa.db.port", "0")));

		new EmbeddedDatabaseEarlyStart().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), other, new String[0],
				environment));

		assertThat(EmbeddedDatabaseEarlyStart.startingFor(dir)).isFalse();
		assertThat(dir.resolve("postgres")).doesNotExist();
	}

	@Test
	void thePlatformIsKnownByItsOwnClasses() {
		assertThat(EmbeddedDatabaseEarlyStart.isPlatform(new SpringApplication(PlatformPages.class))).isTrue();
		assertThat(EmbeddedDatabaseEarlyStart.isPlatform(new SpringApplication(StringBuilder.class))).isFalse();
	}
}
