package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.testing.HttpVisitor;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

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

	@Test
	void worksOnEightRequestsAtOnceByDefault() {
		var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
		var threads = (ThreadPoolExecutor) tomcat.getConnector().getProtocolHandler().getExecutor();
		assertThat(threads.getMaximumPoolSize()).isEqualTo(8);
		assertThat(threads.getCorePoolSize()).isEqualTo(8);
	}
}
