package fi.yhdessa.network;

import fi.yhdessa.network.agreements.AgreementReminders;
import fi.yhdessa.network.groups.ActionReminders;
import fi.yhdessa.platform.ClusterJob;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network's work that runs once across nodes: reminders of agreements' dates and of groups' actions. */
@Configuration(proxyBeanMethods = false)
class NetworkJobs {

	@Bean
	ClusterJob agreementRemindersJob(AgreementReminders reminders, @Value("${yhdessa.network.reminder-poll:PT1H}") Duration poll) {
		return ClusterJob.every("network.agreement-reminders", poll, reminders::run);
	}

	@Bean
	ClusterJob actionRemindersJob(ActionReminders reminders, @Value("${yhdessa.network.reminder-poll:PT1H}") Duration poll) {
		return ClusterJob.every("network.action-reminders", poll, reminders::run);
	}
}
