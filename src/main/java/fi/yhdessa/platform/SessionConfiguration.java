package fi.yhdessa.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.SmartInstantiationAwareBeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The sessions the requests use: Spring Session's in PostgreSQL as Spring Boot configures them,
 * written only when changed ({@link SessionWrites} in its place).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * An attribute two requests of one session both add (a double-clicked form's flash message) is
	 * written by the one that saves last instead of failing the other with a duplicate key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesWrittenByTheLastSave() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Outside Spring Session's filter, in every dispatch it takes part in (an error page's too): the
	 * session a request saved is forgotten when the dispatch ends.
	 */
	@Bean
	FilterRegistrationBean<Filter> savedSessionsForgotten(SessionWrites sessions) {
		Filter forgetting = (request, response, chain) -> {
			try {
				chain.doFilter(request, response);
			}
			finally {
				sessions.forgetSaved();
			}
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(forgetting);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	@Bean
	static BeanPostProcessor sessionsWrittenWhenChanged() {
		return new SmartInstantiationAwareBeanPostProcessor() {
			@Override
			public Class<?> predictBeanType(Class<?> beanClass, String name) {
				return JdbcIndexedSessionRepository.class.isAssignableFrom(beanClass) ? SessionWrites.class : null;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new SessionWrites(sessions) : bean;
			}
		};
	}
}
