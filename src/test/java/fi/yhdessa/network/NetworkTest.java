package fi.yhdessa.network;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The network's own tests: the network module with the platform only, on a database of its own
 * with a small region of its own ({@link NetworkRegion}) — no demo region and no directory, so the
 * network names no services or places.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE, extraIncludes = "platform",
		webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@TestPropertySource(properties = { "yhdessa.db.name=yhdessa_network", "yhdessa.demo.load=false", "yhdessa.network.reminder-poll=PT1H" })
public @interface NetworkTest {
}
