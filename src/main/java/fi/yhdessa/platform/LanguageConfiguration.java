package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Finnish by default, Swedish and English complete. The language is chosen with {@code ?lang=}
 * on any page and remembered in a cookie. Each module keeps its texts in
 * {@code i18n/<module>_fi|sv|en.properties}.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale FINNISH = Locale.of("fi");
	static final List<Locale> SUPPORTED = List.of(FINNISH, Locale.of("sv"), Locale.of("en"));

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(bundles());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(FINNISH);
		return messages;
	}

	/** Every bundle that has Finnish texts; the build fails when Swedish or English lacks a key. */
	static String[] bundles() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_fi.properties"))
				.map(resource -> "classpath:i18n/" + resource.getFilename().replace("_fi.properties", ""))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocales("yhdessa-lang");
		resolver.setDefaultLocale(FINNISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
	}

	static Locale supported(Locale requested) {
		if (requested == null) {
			return FINNISH;
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst().orElse(FINNISH);
	}

	/** Keeps the language to the three the platform speaks, whatever a link or cookie asks for. */
	static class SupportedLocales extends CookieLocaleResolver {

		SupportedLocales(String cookieName) {
			super(cookieName);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, locale == null ? null : supported(locale));
		}
	}
}
