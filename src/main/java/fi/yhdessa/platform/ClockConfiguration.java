package fi.yhdessa.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the platform, in Finnish time, so that tests can fix it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	@Bean
	Clock clock() {
		return Clock.system(FINLAND);
	}
}
