package fi.yhdessa.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the base layout needs on every page, as request attributes that the templates read as
 * variables: what surrounds the page's content ({@code chrome}: the menus, the links for everyone,
 * the language links), who is signed in ({@code currentUser}), their navigation and the platform's
 * time zone ({@code zone}, for {@code #temporals.format(at.atZone(zone), …)}). Set before the
 * handler, so that a page an exception handler answers with has them too; not for a handler that
 * answers with a body of its own (the API), which no layout surrounds — as a model attribute method
 * of every controller, the API's requests paid for it.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

	static final String CHROME = "chrome";

	private final List<NavigationItem> staffAndResidents;
	private final List<NavigationItem> siteLinks;
	private final CompiledPages pages;
	private final Map<Method, Boolean> answersWithBody = new ConcurrentHashMap<>();

	LayoutModel(List<NavigationItem> navigation, CompiledPages pages) {
		this.pages = pages;
		List<NavigationItem> sorted = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.staffAndResidents = sorted.stream().filter(item -> !item.isForEveryone()).toList();
		this.siteLinks = sorted.stream().filter(NavigationItem::isForEveryone).toList();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// After the language switch, which sets the language this request is answered in.
		registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && !answersWithBody(method)) {
			SignedInUser user = signedIn();
			List<NavigationItem> navigation = user == null ? List.of() : staffAndResidents.stream().filter(item -> item.visibleTo(user)).toList();
			request.setAttribute("currentUser", user);
			request.setAttribute("navigation", navigation);
			request.setAttribute("zone", ClockConfiguration.FINLAND);
			request.setAttribute(CHROME, new PageChrome(pages, request, user, navigation, siteLinks, pagePath(request), RequestContextUtils.getLocale(request)));
		}
		return true;
	}

	private boolean answersWithBody(HandlerMethod handler) {
		return answersWithBody.computeIfAbsent(handler.getMethod(), method -> AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class));
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}

	/** The page the person asked for, also when an error page answers in its place. */
	private static String pagePath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return failed instanceof String path ? path : request.getRequestURI();
	}
}
