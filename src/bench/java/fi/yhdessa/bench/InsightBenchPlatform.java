package fi.yhdessa.bench;

import fi.yhdessa.YhdessaApplication;
import fi.yhdessa.insight.store.RawFiguresOnMarkedRequests;
import fi.yhdessa.insight.web.ComputedOnMarkedRequests;
import fi.yhdessa.platform.UnpublishedFacts;
import org.springframework.boot.SpringApplication;

/**
 * The platform as deployed, except that a request carrying {@value RawFiguresOnMarkedRequests#HEADER}
 * gets insight's figures by a GROUP BY over the facts ({@link RawFiguresOnMarkedRequests}), one
 * carrying {@value ComputedOnMarkedRequests#HEADER} has them computed afresh from the aggregates
 * instead of as kept ({@link ComputedOnMarkedRequests}), and a
 * request carrying {@value UnpublishedFacts#HEADER} publishes no facts ({@link UnpublishedFacts});
 * started by {@link InsightBenchmark} only.
 */
public final class InsightBenchPlatform {

	private InsightBenchPlatform() {
	}

	public static void main(String[] args) {
		SpringApplication platform = new SpringApplication(YhdessaApplication.class);
		platform.addInitializers(context -> {
			context.addBeanFactoryPostProcessor(RawFiguresOnMarkedRequests.rawFiguresForMarkedRequests());
			context.addBeanFactoryPostProcessor(ComputedOnMarkedRequests.answersComputedForMarkedRequests());
			context.addBeanFactoryPostProcessor(UnpublishedFacts.factsSkippingMarkedRequests());
		});
		platform.run(args);
	}
}
