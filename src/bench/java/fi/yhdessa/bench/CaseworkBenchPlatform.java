package fi.yhdessa.bench;

import fi.yhdessa.YhdessaApplication;
import fi.yhdessa.consent.UnloggedReads;
import org.springframework.boot.SpringApplication;

/**
 * The platform as deployed, except that a request carrying {@value UnloggedReads#HEADER} writes no
 * access-log entry ({@link UnloggedReads}); started by {@link CaseworkBenchmark} only.
 */
public final class CaseworkBenchPlatform {

	private CaseworkBenchPlatform() {
	}

	public static void main(String[] args) {
		SpringApplication platform = new SpringApplication(YhdessaApplication.class);
		platform.addInitializers(context -> context.addBeanFactoryPostProcessor(UnloggedReads.accessLogSkippingMarkedRequests()));
		platform.run(args);
	}
}
