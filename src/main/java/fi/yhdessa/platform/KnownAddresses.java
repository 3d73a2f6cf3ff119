package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The addresses the platform answers: every pattern of its controllers, the actuator's and the
 * static files'. An anonymous visitor refused at an address none of them matches is answered 404,
 * as a signed-in one is, instead of being asked to sign in ({@link #or404}). Nothing is permitted
 * by it: an address taken for unknown by mistake is still refused, only with another status. Read
 * from the handler mappings on first use, when they are all built.
 */
@Component
class KnownAddresses {

	/** Answered by the security filters themselves, not by a handler. */
	private static final List<String> FILTERED = List.of("/login", "/logout", "/oauth2/**", "/login/oauth2/**");

	private final ListableBeanFactory beans;
	/** The patterns by their first segment ({@code ""} for those that begin with a variable or a wildcard): a request is held to a few. */
	private volatile Map<String, List<PathPattern>> patterns;

	KnownAddresses(ListableBeanFactory beans) {
		this.beans = beans;
	}

	/** The entry point, answering 404 instead where no handler would answer. */
	AuthenticationEntryPoint or404(AuthenticationEntryPoint known) {
		return (request, response, refusal) -> {
			if (known(request)) {
				known.commence(request, response, refusal);
			}
			else {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
		};
	}

	/** The handler of refusals (a missing CSRF token among them), answering 404 instead where no handler would answer. */
	AccessDeniedHandler or404(AccessDeniedHandler known) {
		return (request, response, refusal) -> {
			if (known(request)) {
				known.handle(request, response, refusal);
			}
			else {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
		};
	}

	boolean known(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path.isEmpty() ? "/" : path);
		Map<String, List<PathPattern>> byFirst = patterns();
		// The first segment as the patterns see it: decoded, without parameters.
		String first = container.elements().stream().filter(PathContainer.PathSegment.class::isInstance).map(PathContainer.PathSegment.class::cast)
			.findFirst().map(PathContainer.PathSegment::valueToMatch).orElse("");
		return byFirst.getOrDefault(first, List.of()).stream().anyMatch(pattern -> pattern.matches(container))
				|| byFirst.getOrDefault("", List.of()).stream().anyMatch(pattern -> pattern.matches(container));
	}

	private Map<String, List<PathPattern>> patterns() {
		Map<String, List<PathPattern>> read = patterns;
		if (read == null) {
			read = read().stream().collect(Collectors.groupingBy(pattern -> literal(firstSegment(pattern.getPatternString()))));
			patterns = read;
		}
		return read;
	}

	private static String firstSegment(String path) {
		int start = path.startsWith("/") ? 1 : 0;
		int end = path.indexOf('/', start);
		return path.substring(start, end < 0 ? path.length() : end);
	}

	/** A segment with a variable or a wildcard in it matches more than itself: such patterns are tried for every path. */
	private static String literal(String segment) {
		return segment.contains("{") || segment.contains("*") || segment.contains("?") ? "" : segment;
	}

	private List<PathPattern> read() {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		List<PathPattern> found = new ArrayList<>();
		FILTERED.forEach(pattern -> found.add(parser.parse(pattern)));
		for (HandlerMapping mapping : beans.getBeansOfType(HandlerMapping.class).values()) {
			if (mapping instanceof RequestMappingInfoHandlerMapping methods) {
				methods.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> found.add(parser.parse(pattern))));
			}
			else if (mapping instanceof AbstractUrlHandlerMapping urls) {
				urls.getHandlerMap().keySet().forEach(pattern -> found.add(parser.parse(pattern)));
			}
		}
		return List.copyOf(found);
	}
}
