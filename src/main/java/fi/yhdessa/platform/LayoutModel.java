package fi.yhdessa.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the base layout needs on every page: what surrounds the page's content ({@code chrome}: the
 * menus, the links for everyone, the language links), who is signed in ({@code currentUser}), their
 * navigation and the platform's time zone ({@code zone}, for
 * {@code #temporals.format(at.atZone(zone), …)}). One method, so that a page pays for resolving its
 * arguments once rather than once per attribute.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	static final String CHROME = "chrome";

	private final List<NavigationItem> staffAndResidents;
	private final List<NavigationItem> siteLinks;
	private final CompiledPages pages;

	LayoutModel(List<NavigationItem> navigation, CompiledPages pages) {
		this.pages = pages;
		List<NavigationItem> sorted = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.staffAndResidents = sorted.stream().filter(item -> !item.isForEveryone()).toList();
		this.siteLinks = sorted.stream().filter(NavigationItem::isForEveryone).toList();
	}

	@ModelAttribute
	void layout(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Locale current, Model model) {
		String path = pagePath(request);
		List<NavigationItem> navigation = user == null ? List.of() : staffAndResidents.stream().filter(item -> item.visibleTo(user)).toList();
		model.addAttribute("currentUser", user);
		model.addAttribute("navigation", navigation);
		model.addAttribute("zone", ClockConfiguration.FINLAND);
		// A request attribute, not only the model's: a page that an exception handler answers with has no model of ours.
		request.setAttribute(CHROME, new PageChrome(pages, request, user, navigation, siteLinks, path, current));
	}

	/** The page the person asked for, also when an error page answers in its place. */
	private static String pagePath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return failed instanceof String path ? path : request.getRequestURI();
	}
}
