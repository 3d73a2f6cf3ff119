package fi.yhdessa.directory.ptv;

import fi.yhdessa.platform.ClusterJob;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly import from PTV ({@code yhdessa.directory.ptv-cron}, Helsinki time), run once across the nodes; nothing when no municipalities are configured. */
@Configuration(proxyBeanMethods = false)
class PtvJobs {

	@Bean
	ClusterJob ptvImportJob(PtvImports imports, @Value("${yhdessa.directory.ptv-cron}") String cron) {
		return ClusterJob.at("directory.ptv-import", cron, () -> {
			if (!imports.municipalities().isEmpty()) {
				imports.run("ptv-nightly", false, Locale.of("fi"));
			}
		});
	}
}
