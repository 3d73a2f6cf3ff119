package fi.yhdessa.casework;

import fi.yhdessa.casework.access.Worklist;
import fi.yhdessa.casework.handoff.Handoffs;
import fi.yhdessa.platform.ClusterJob;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Casework's work that runs once across nodes: deadline reminders and hand-offs that expire unanswered. */
@Configuration(proxyBeanMethods = false)
public class CaseworkJobs {

	@Bean
	ClusterJob deadlineRemindersJob(Worklist worklist, @Value("${yhdessa.casework.reminder-poll}") Duration poll) {
		return ClusterJob.every("casework.deadline-reminders", poll, worklist::sendReminders);
	}

	@Bean
	ClusterJob handoffExpiryJob(Handoffs handoffs, @Value("${yhdessa.casework.expiry-poll}") Duration poll) {
		return ClusterJob.every("casework.handoff-expiry", poll, handoffs::expireOverdue);
	}
}
