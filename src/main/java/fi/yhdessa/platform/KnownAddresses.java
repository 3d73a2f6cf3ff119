package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The addresses the platform answers: every pattern of its controllers, the actuator's and the
 * static files'. An address none of them matches is answered 404 to everyone, signed in or not —
 * not with a request to sign in first ({@link #unknown()} is permitted in both filter chains, so
 * the dispatcher finds no handler and the error page answers). Read from the handler mappings on
 * first use, when they are all built.
 */
@Component
class KnownAddresses {

	/** Answered by the security filters themselves, not by a handler. */
	private static final List<String> FILTERED = List.of("/login", "/logout", "/oauth2/**", "/login/oauth2/**");

	private final ListableBeanFactory beans;
	private volatile List<PathPattern> patterns;

	KnownAddresses(ListableBeanFactory beans) {
		this.beans = beans;
	}

	/** Matches a request for an address no handler answers, whatever its method. */
	RequestMatcher unknown() {
		return request -> !known(request);
	}

	boolean known(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path.isEmpty() ? "/" : path);
		return patterns().stream().anyMatch(pattern -> pattern.matches(container));
	}

	private List<PathPattern> patterns() {
		List<PathPattern> read = patterns;
		if (read == null) {
			read = read();
			patterns = read;
		}
		return read;
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
