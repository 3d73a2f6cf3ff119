package fi.yhdessa.directory;

import fi.yhdessa.directory.ptv.PtvServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application over real HTTP with a database of its own for imports (HSDS and PTV), so the imported services do
 * not change what the other tests search; PTV is the test's {@link PtvServer}. One context for all import tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yhdessa.db.name=yhdessa_imports", "yhdessa.directory.ptv-municipalities=091,179" })
public abstract class ImportsDatabaseTest {

	@DynamicPropertySource
	static void ptv(DynamicPropertyRegistry registry) {
		registry.add("yhdessa.directory.ptv-url", PtvServer::url);
	}
}
