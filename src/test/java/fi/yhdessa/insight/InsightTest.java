package fi.yhdessa.insight;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Insight's own tests: the insight module with the platform and the network only, on a database of
 * its own with a small region of its own ({@link InsightRegion}) and facts made by {@link FactMother}
 * — no demo region. The aggregates in memory are refreshed by the tests themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE, extraIncludes = { "platform", "network" },
		webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@TestPropertySource(properties = { "yhdessa.db.name=yhdessa_insight", "yhdessa.demo.load=false", "yhdessa.insight.refresh=PT1H",
		"yhdessa.insight.pseudonym-key=insight tests only" })
public @interface InsightTest {
}
