package fi.yhdessa.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.SmartInstantiationAwareBeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

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

	/**
	 * Spring Session's repository runs each of its statements without a transaction of its own: a
	 * session is read by one statement (a read-only transaction around it cost a round trip to the
	 * database on every request), and the one write of more than one statement, a changed session's
	 * save, is made in a transaction by {@link SessionWrites#save}.
	 */
	@Bean
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/** The sessions' values to and from their stored bytes, the most read of them read once per node. */
	@Bean
	@Qualifier("springSessionConversionService")
	ConversionService springSessionConversionService(ResourceLoader classes) {
		return SessionValues.conversions(classes.getClassLoader());
	}

	/**
	 * The transaction template the modules use, which Spring Boot leaves out once another
	 * {@link TransactionOperations} (the sessions', above) is a bean.
	 */
	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	@Bean
	static BeanPostProcessor sessionsWrittenWhenChanged(ObjectProvider<PlatformTransactionManager> transactions) {
		return new SmartInstantiationAwareBeanPostProcessor() {
			@Override
			public Class<?> predictBeanType(Class<?> beanClass, String name) {
				return JdbcIndexedSessionRepository.class.isAssignableFrom(beanClass) ? SessionWrites.class : null;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new SessionWrites(sessions, new TransactionTemplate(transactions.getObject())) : bean;
			}
		};
	}
}
