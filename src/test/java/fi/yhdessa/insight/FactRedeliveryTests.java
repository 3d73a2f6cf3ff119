package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.YhdessaApplication;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.platform.FactIds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fact survives a crash between the commit of its change and its delivery: the publication is
 * stored with the change, the next start delivers it, and insight counts it once however many
 * times it is delivered.
 */
class FactRedeliveryTests {

	@TempDir
	Path dataDir;

	/** The node dies after the commit: nothing published asynchronously is ever delivered. */
	@Configuration(proxyBeanMethods = false)
	static class DeliveriesLostInACrash {

		@Bean
		TaskExecutor applicationTaskExecutor() {
			return task -> {
			};
		}
	}

	@Test
	void aFactCommittedButNotDeliveredBeforeACrashIsDeliveredAtTheNextStartAndCountedOnce() {
		UUID family = UUID.randomUUID();
		Consent given;
		try (ConfigurableApplicationContext crashing = start(YhdessaApplication.class, DeliveriesLostInACrash.class)) {
			given = crashing.getBean(Consents.class).record(new Consents.Decision(family, "Testi Huoltaja", UUID.randomUUID(), Consent.Decision.CONSENT,
					Consent.Scope.TEAMWORK, null, null), "insight-test");
			JdbcClient jdbc = crashing.getBean(JdbcClient.class);
			assertThat(undelivered(jdbc)).as("stored with the change, not delivered").isPositive();
			assertThat(facts(jdbc, given.id())).isZero();
		}
		UUID fact = FactIds.of("ConsentGiven", given.id());
		try (ConfigurableApplicationContext restarted = start(YhdessaApplication.class)) {
			JdbcClient jdbc = restarted.getBean(JdbcClient.class);
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> facts(jdbc, fact) == 1 && undelivered(jdbc) == 0);
			restarted.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
			restarted.getBean(TransactionTemplate.class).executeWithoutResult(status -> restarted.publishEvent(
					new fi.yhdessa.consent.events.ConsentGiven(fact, given.id(), family, given.recipientOrganisation(), "CONSENT", "TEAMWORK", given.recordedAt())));
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> undelivered(jdbc) == 0);
			assertThat(facts(jdbc, fact)).as("delivered twice, counted once").isEqualTo(1);
			assertThat(jdbc.sql("select sum(n) from insight.figure where kind = 'CONSENT_GIVEN'").query(Long.class).single()).isEqualTo(1);
		}
	}

	private static long facts(JdbcClient jdbc, UUID id) {
		return jdbc.sql("select count(*) from insight.fact where id = ?").param(id).query(Long.class).single();
	}

	private static long undelivered(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
	}

	private ConfigurableApplicationContext start(Class<?>... sources) {
		return new SpringApplicationBuilder(sources).properties("spring.main.allow-bean-definition-overriding=true")
			.run("--yhdessa.data-dir=" + dataDir, "--yhdessa.db.shared-per-jvm=false", "--yhdessa.db.port=0", "--yhdessa.demo.load=false",
					"--server.port=0", "--spring.main.banner-mode=off", "--yhdessa.facts.backfill=false");
	}
}
