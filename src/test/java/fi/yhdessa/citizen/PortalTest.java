package fi.yhdessa.citizen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import testidentityprovider.TestIdentityProvider;

/**
 * The family portal's tests share one running platform: its own database with the demo region,
 * e-mail to the GreenMail SMTP server each test class starts ({@link PortalMail}), and strong
 * identification at a real OpenID Connect provider ({@link TestIdentityProvider}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "yhdessa.db.name=yhdessa_portal",
		"spring.mail.host=localhost", "spring.mail.port=" + PortalMail.PORT, "yhdessa.mail.first-retry=PT0S", "yhdessa.mail.poll=PT1S",
		"yhdessa.casework.reminder-poll=PT1H", "yhdessa.casework.expiry-poll=PT1H", "yhdessa.frontdoor.reminder-poll=PT1H" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestIdentityProvider.Broker.class)
@interface PortalTest {
}
