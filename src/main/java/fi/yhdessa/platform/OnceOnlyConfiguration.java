package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Writes carried out once ({@link OnceOnlySubmissions}): the filter, after the security filters,
 * and a key of its own on every form that carries a CSRF token, added where the token is.
 */
@Configuration(proxyBeanMethods = false)
class OnceOnlyConfiguration {

	@Bean
	OnceOnlySubmissions onceOnlySubmissions(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		return new OnceOnlySubmissions(jdbc, transactions, clock);
	}

	@Bean
	static BeanPostProcessor keyOnEveryForm() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithKey) ? new WithKey(processor) : bean;
			}
		};
	}

	/** The CSRF token's processor, adding the form's own key beside the token. */
	record WithKey(RequestDataValueProcessor tokens) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String method) {
			return tokens.processAction(request, action, method);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return tokens.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = tokens.getExtraHiddenFields(request);
			if (fields == null || fields.isEmpty()) {
				return fields;
			}
			Map<String, String> withKey = new LinkedHashMap<>(fields);
			withKey.put(OnceOnlySubmissions.FIELD, UUID.randomUUID().toString());
			return withKey;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return tokens.processUrl(request, url);
		}
	}
}
