package fi.yhdessa.consent;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Benchmark only, never part of the platform: the other half of the access log's cost ratio. The
 * platform's {@link AccessLog} bean is given a subclass that writes nothing for a request carrying
 * {@value #HEADER}, so one run can read the same cases with and without the log, interleaved,
 * under the same load. Everything else about the read — the access decision, the queries, the
 * transaction — is the platform's own.
 */
public final class UnloggedReads {

	public static final String HEADER = "X-Bench-Unlogged";

	private UnloggedReads() {
	}

	/** Swaps the class of the {@code accessLog} bean definition before any bean is created. */
	public static BeanFactoryPostProcessor accessLogSkippingMarkedRequests() {
		return beanFactory -> ((AbstractBeanDefinition) beanFactory.getBeanDefinition("accessLog")).setBeanClass(SkippingAccessLog.class);
	}

	static class SkippingAccessLog extends AccessLog {

		SkippingAccessLog(JdbcClient jdbc, Clock clock) {
			super(jdbc, clock);
		}

		@Override
		public void record(AccessEntry entry) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request && request.getRequest().getHeader(HEADER) != null) {
				return;
			}
			super.record(entry);
		}
	}
}
