package fi.yhdessa.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own work that runs once across nodes: the mail outbox, the nightly backup, old answers and sessions cleared, roles in units taking effect. */
@Configuration(proxyBeanMethods = false)
class PlatformJobs {

	@Bean
	ClusterJob mailOutboxJob(MailOutbox outbox, @Value("${yhdessa.mail.poll}") Duration poll) {
		return ClusterJob.every("platform.mail-outbox", poll, outbox::deliverDue);
	}

	@Bean
	ClusterJob nightlyBackupJob(Backups backups, @Value("${yhdessa.backup.cron}") String cron) {
		return ClusterJob.at("platform.backup", cron, backups::nightly);
	}

	@Bean
	ClusterJob onceOnlyAnswersJob(OnceOnlySubmissions submissions) {
		return ClusterJob.every("platform.once-only-answers", Duration.ofHours(1), submissions::forgetOldAnswers);
	}

	/** Roles given from a day and ended on a day take effect at the day's start. */
	@Bean
	ClusterJob membershipsJob(Memberships memberships) {
		return ClusterJob.at("platform.memberships", "0 1 0 * * *", memberships::applyAll);
	}

	/** Spring Session's own cleanup is switched off ({@code spring.session.jdbc.cleanup-cron=-}) for this one. */
	@Bean
	ClusterJob expiredSessionsJob(SessionWrites sessions) {
		return ClusterJob.every("platform.expired-sessions", Duration.ofMinutes(1), sessions::deleteExpired);
	}
}
