package fi.yhdessa.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work each node does for itself (refreshing its caches, watching its embedded database) runs on Spring's
 * scheduler; work done once across nodes is a {@link ClusterJob}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
