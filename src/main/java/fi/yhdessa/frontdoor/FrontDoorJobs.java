package fi.yhdessa.frontdoor;

import fi.yhdessa.platform.ClusterJob;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The front door's work that runs once across nodes: reminders of booked appointments. */
@Configuration(proxyBeanMethods = false)
class FrontDoorJobs {

	@Bean
	ClusterJob appointmentRemindersJob(Bookings bookings, @Value("${yhdessa.frontdoor.reminder-poll}") Duration poll) {
		return ClusterJob.every("frontdoor.appointment-reminders", poll, bookings::remind);
	}
}
