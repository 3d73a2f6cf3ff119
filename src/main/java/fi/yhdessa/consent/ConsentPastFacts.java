package fi.yhdessa.consent;

import fi.yhdessa.platform.PastFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Consents and denials given before the module published facts, told again once by the backfill. */
@Configuration(proxyBeanMethods = false)
class ConsentPastFacts {

	@Bean
	PastFacts pastConsents(JdbcClient jdbc) {
		return PastFacts.of("consent.consent", jdbc, "select * from consent.consent order by recorded_at, id", Consents::consent, Consent::history);
	}
}
