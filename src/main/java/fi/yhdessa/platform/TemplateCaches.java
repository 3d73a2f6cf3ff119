package fi.yhdessa.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf's caches sized for the platform's templates. The engine's defaults keep 200 parsed
 * templates and fragments and 500 expressions, first in first out: the platform's pages hold
 * thousands of expressions, so under load the oldest were dropped and parsed (and compiled by the
 * SpEL compiler) again on every page — found with JFR: 21 000 exceptions of the fragment selector parser in 100 s of casework's benchmark. Every template and expression the platform has fits in these
 * limits; they are held strongly, as they never change while the platform runs.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	/** Parsed templates and fragment selections: the platform has some 120 templates and a few fragments each. */
	static final int TEMPLATES = 2_000;
	/** Parsed expressions, Thymeleaf's and SpEL's: the templates hold some 4 800 attributes with 6 200 expressions. */
	static final int EXPRESSIONS = 40_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATES);
					caches.setTemplateCacheUseSoftReferences(false);
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					caches.setExpressionCacheUseSoftReferences(false);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}
}
