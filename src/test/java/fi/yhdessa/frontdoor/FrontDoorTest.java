package fi.yhdessa.frontdoor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The front door's tests share one running platform: its own database, and e-mail to the
 * GreenMail SMTP server each test class starts on port 3025 ({@link FrontDoorMail}). Mail is
 * retried at once, so that a retry can be seen within a test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "yhdessa.db.name=yhdessa_frontdoor",
		"spring.mail.host=localhost", "spring.mail.port=" + FrontDoorMail.PORT, "yhdessa.mail.first-retry=PT0S", "yhdessa.mail.poll=PT1S",
		"yhdessa.frontdoor.reminder-poll=PT1H" })
@interface FrontDoorTest {
}
