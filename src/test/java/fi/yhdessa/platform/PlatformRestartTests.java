package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.YhdessaApplication;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole platform, started as an operator starts it, on its own data directory. */
@ExtendWith(OutputCaptureExtension.class)
class PlatformRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void reusesTheDataDirectorySoARestartKeepsWhatWasChanged() {
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(Accounts.class).register(NewAccount.staff("restart.proof", "a long enough secret", "Restart Proof",
					EnumSet.of(Role.COORDINATOR), null, null));
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(Accounts.class).findByUsername("restart.proof")).isPresent();
		}
	}

	@Test
	void endsWithOneClearSentenceWhenAnotherPlatformHoldsTheDataDirectory(CapturedOutput output) {
		try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDir, 0, false)) {
			assertThatThrownBy(this::start).hasRootCauseInstanceOf(DatabaseUnavailable.class);
			assertThat(output.getOut() + output.getErr())
				.contains("APPLICATION FAILED TO START")
				.contains("Another Yhdessä is already running on the data directory " + dataDir.toAbsolutePath().normalize())
				.doesNotContain("\tat fi.yhdessa");
		}
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(YhdessaApplication.class, "--yhdessa.data-dir=" + dataDir, "--yhdessa.db.shared-per-jvm=false",
				"--yhdessa.db.port=0", "--yhdessa.demo.load=false", "--server.port=0", "--spring.main.banner-mode=off");
	}
}
