package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.testing.HttpVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void reportsHealthWithTheDatabase() {
		var health = new HttpVisitor(port).get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
		var readiness = new HttpVisitor(port).get("/actuator/health/readiness", "application/json");
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void servesPrometheusMetricsToThisMachine() {
		var metrics = new HttpVisitor(port).get("/actuator/prometheus", "text/plain");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}
}
