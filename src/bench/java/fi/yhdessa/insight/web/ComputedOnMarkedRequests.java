package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.SettingsVersion;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.insight.store.RawFiguresOnMarkedRequests;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Benchmark only, never part of the platform: the platform's {@link AnswerCache} bean is given a
 * subclass that computes the answer afresh for a request carrying {@value #HEADER} (from the
 * aggregates) or {@value RawFiguresOnMarkedRequests#HEADER} (by GROUP BY), so one run can measure
 * the answers as served, as computed from the aggregates and as computed from the facts.
 */
public final class ComputedOnMarkedRequests {

	public static final String HEADER = "X-Bench-Computed";

	private ComputedOnMarkedRequests() {
	}

	/** Swaps the class of the {@code answerCache} bean definition before any bean is created. */
	public static BeanFactoryPostProcessor answersComputedForMarkedRequests() {
		return beanFactory -> ((AbstractBeanDefinition) beanFactory.getBeanDefinition("answerCache")).setBeanClass(ComputedWhenMarked.class);
	}

	static class ComputedWhenMarked extends AnswerCache {

		ComputedWhenMarked(FigureCache figures, SettingsVersion settings, @Value("${yhdessa.insight.answer-cache-size:500}") int size) {
			super(figures, settings, size);
		}

		@Override
		List<FigureTable> get(Question question, Supplier<List<FigureTable>> compute) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
					&& (request.getRequest().getHeader(HEADER) != null || request.getRequest().getHeader(RawFiguresOnMarkedRequests.HEADER) != null)) {
				return compute.get();
			}
			return super.get(question, compute);
		}
	}
}
