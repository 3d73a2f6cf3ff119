package fi.yhdessa.platform;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files only under their own paths, with content-hashed URLs for styles and scripts. Spring
 * Boot's default handler for {@code /**} made every link a page renders (twenty results, each with
 * links) a lookup on the class path, on every request; with these paths a link to a page is not
 * looked up at all ({@code spring.web.resources.add-mappings=false}).
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

	private static final CacheControl AN_HOUR = CacheControl.maxAge(Duration.ofHours(1));

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**", "/js/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/")
			.setCacheControl(AN_HOUR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/images/**").addResourceLocations("classpath:/static/images/").setCacheControl(AN_HOUR);
		registry.addResourceHandler("/robots.txt").addResourceLocations("classpath:/static/").setCacheControl(AN_HOUR);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(AN_HOUR)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
