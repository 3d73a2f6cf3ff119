package fi.yhdessa.insight.demo;

import fi.yhdessa.insight.indicators.IndicatorImports;
import fi.yhdessa.insight.indicators.IndicatorWatch;
import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With the demo profile, gives the demo county's eleven fictional municipalities, the county and
 * the country synthetic values of indicators for children and families, written as Sotkanet's own
 * documents and imported through the same import as the real ones, once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DemoIndicators implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIndicators.class);

	private final Network network;
	private final IndicatorImports imports;
	private final IndicatorWatch watch;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean enabled;

	DemoIndicators(Network network, IndicatorImports imports, IndicatorWatch watch, JdbcClient jdbc, Clock clock,
			@Value("${yhdessa.demo.indicators:false}") boolean enabled) {
		this.network = network;
		this.imports = imports;
		this.watch = watch;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		List<Municipality> municipalities = network.municipalities();
		if (municipalities.isEmpty() || jdbc.sql("select exists (select 1 from insight.indicator_value)").query(Boolean.class).single()) {
			return;
		}
		SotkanetDocuments documents = new SotkanetDocuments(20_261_205L, municipalities, LocalDate.now(clock).getYear() - 1);
		List<byte[]> metadata = new ArrayList<>();
		List<byte[]> data = new ArrayList<>();
		for (Map.Entry<Integer, byte[]> indicator : documents.indicators().entrySet()) {
			metadata.add(indicator.getValue());
			data.add(documents.data(indicator.getKey()));
			watch.add(indicator.getKey(), "demo");
		}
		IndicatorImports.Report report = imports.fromDocuments("demo", documents.regions(), metadata, data);
		log.info("Gave the demo region synthetic indicator values: {} ({} values)", report.outcome(), report.added());
	}
}
