package fi.yhdessa.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work (the mail outbox, reminders) runs on Spring's scheduler; each job is safe on several nodes. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
