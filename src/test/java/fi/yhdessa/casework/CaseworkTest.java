package fi.yhdessa.casework;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** Casework's tests share one running platform on their own database, with the demo region loaded. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "yhdessa.db.name=yhdessa_casework",
		"yhdessa.casework.reminder-poll=PT1H", "yhdessa.casework.expiry-poll=PT1H" })
@interface CaseworkTest {
}
