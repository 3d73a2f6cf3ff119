package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

@SpringBootTest
class PathFirstMappingsIntegrationTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping platformMappings;

	@Test
	void everyMappedPathFindsTheHandlerThatSpringsOwnLookupFinds() throws Exception {
		assertThat(platformMappings).isInstanceOf(PathFirstMappings.PathFirst.class);
		RequestMappingHandlerMapping springs = new HtmxRequestMappingHandlerMapping();
		springs.setApplicationContext(context);
		springs.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
		springs.setContentNegotiationManager(platformMappings.getContentNegotiationManager());
		springs.setPatternParser(platformMappings.getPatternParser());
		springs.afterPropertiesSet();
		int compared = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : platformMappings.getHandlerMethods().entrySet()) {
			for (PathPattern pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{\\*?[^}]+}", "00000000-0000-0000-0000-000000000001").replace("/**", "/a");
				for (RequestMethod method : new RequestMethod[] { RequestMethod.GET, RequestMethod.POST }) {
					for (String asked : new String[] { path, path + "/more", escaped(path) }) {
						assertThat(handlerOf(platformMappings, method, asked)).as(method + " " + asked).isEqualTo(handlerOf(springs, method, asked));
						compared++;
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(600);
	}

	/** The path with its first letter written as an escape, as a browser may send it. */
	private static String escaped(String path) {
		return path.length() < 2 ? path : "/%" + Integer.toHexString(path.charAt(1)) + path.substring(2);
	}

	private static String handlerOf(RequestMappingHandlerMapping mappings, RequestMethod method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		request.addHeader("Accept", "text/html,application/json");
		try {
			HandlerExecutionChain chain = mappings.getHandler(request);
			return chain == null ? "none" : chain.getHandler().toString();
		}
		catch (Exception refused) {
			return refused.getClass().getSimpleName();
		}
	}
}
