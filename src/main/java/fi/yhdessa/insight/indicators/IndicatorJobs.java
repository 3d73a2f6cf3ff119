package fi.yhdessa.insight.indicators;

import fi.yhdessa.platform.ClusterJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly import of the watched national indicators, once across nodes. */
@Configuration(proxyBeanMethods = false)
class IndicatorJobs {

	@Bean
	ClusterJob sotkanetImportJob(NightlyImport nightly, @Value("${yhdessa.insight.sotkanet-cron:0 30 3 * * *}") String cron,
			@Value("${yhdessa.insight.sotkanet-nightly:true}") boolean nightlyOn) {
		return ClusterJob.at("insight.sotkanet-import", nightlyOn ? cron : "-", nightly::run);
	}
}
