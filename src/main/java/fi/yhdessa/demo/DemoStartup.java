package fi.yhdessa.demo;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** With the demo profile: loads the region on the first start and lists the demo accounts when the platform is ready. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

	private final DemoRegion region;
	private final RegionScale scale;
	private final Environment environment;
	private final boolean enabled;

	DemoStartup(DemoRegion region, @Value("${yhdessa.demo.scale:demo}") String scale, Environment environment,
			@Value("${yhdessa.demo.load:false}") boolean enabled) {
		this.region = region;
		this.scale = RegionScale.parse(scale);
		this.environment = environment;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		region.loadIfEmpty(scale);
	}

	@EventListener(ApplicationReadyEvent.class)
	void listAccounts() {
		if (!enabled) {
			return;
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String list = SyntheticRegionGenerator.ACCOUNTS.entrySet().stream()
			.map(account -> "  %-12s %s".formatted(account.getKey(), account.getValue()))
			.collect(Collectors.joining("\n"));
		log.info("""

				Yhdessä is ready at http://localhost:{}/
				Demo accounts (password "{}" for all):
				{}
				""", port, SyntheticRegionGenerator.DEMO_PASSWORD, list);
	}
}
