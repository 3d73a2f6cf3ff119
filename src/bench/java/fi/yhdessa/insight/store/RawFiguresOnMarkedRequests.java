package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.FactKind;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Benchmark only, never part of the platform: the baseline of the aggregates' speed ratio. The
 * platform's {@link FigureCache} bean is given a subclass that answers a request carrying
 * {@value #HEADER} with {@link RawFigures}, a GROUP BY over the facts, so one run can ask the same
 * figures both ways through the same endpoint, tables, suppression and serialisation.
 */
public final class RawFiguresOnMarkedRequests {

	public static final String HEADER = "X-Bench-Raw";

	private RawFiguresOnMarkedRequests() {
	}

	/** Swaps the class of the {@code figureCache} bean definition before any bean is created. */
	public static BeanFactoryPostProcessor rawFiguresForMarkedRequests() {
		return beanFactory -> ((AbstractBeanDefinition) beanFactory.getBeanDefinition("figureCache")).setBeanClass(RawWhenMarked.class);
	}

	static class RawWhenMarked extends FigureCache {

		private final RawFigures raw;

		RawWhenMarked(JdbcClient jdbc) {
			super(jdbc);
			this.raw = new RawFigures(jdbc);
		}

		@Override
		public List<FigureRow> rows(Set<FactKind> wantedKinds, FigureFilter filter) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request && request.getRequest().getHeader(HEADER) != null) {
				return raw.rows(wantedKinds, filter);
			}
			return super.rows(wantedKinds, filter);
		}
	}
}
