package fi.yhdessa.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Benchmark only, never part of the platform: the other half of the events' cost ratio. The
 * platform's {@link Facts} bean is given a subclass that publishes nothing for a request carrying
 * {@value #HEADER}, so one run can make the same writes with and without their facts, interleaved,
 * under the same load. Everything else about the write is the platform's own.
 */
public final class UnpublishedFacts {

	public static final String HEADER = "X-Bench-Unpublished";

	private UnpublishedFacts() {
	}

	/** Swaps the class of the {@code facts} bean definition before any bean is created. */
	public static BeanFactoryPostProcessor factsSkippingMarkedRequests() {
		return beanFactory -> ((AbstractBeanDefinition) beanFactory.getBeanDefinition("facts")).setBeanClass(SkippingFacts.class);
	}

	static class SkippingFacts extends Facts {

		SkippingFacts(ApplicationEventPublisher publisher) {
			super(publisher);
		}

		@Override
		public void publish(Object fact) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request && request.getRequest().getHeader(HEADER) != null) {
				return;
			}
			super.publish(fact);
		}
	}
}
