package fi.yhdessa.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the base layout needs on every page: who is signed in, their navigation, and the language links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	private final List<NavigationItem> navigation;

	LayoutModel(List<NavigationItem> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("currentUser")
	SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user) {
		return user;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(@AuthenticationPrincipal SignedInUser user) {
		if (user == null) {
			return List.of();
		}
		return navigation.stream().filter(item -> !item.isForEveryone() && item.visibleTo(user)).toList();
	}

	/** The platform's time zone, for showing instants: {@code #temporals.format(at.atZone(zone), …)}. */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return ClockConfiguration.FINLAND;
	}

	@ModelAttribute("siteLinks")
	List<NavigationItem> siteLinks() {
		return navigation.stream().filter(NavigationItem::isForEveryone).toList();
	}

	@ModelAttribute("languages")
	List<LanguageLink> languages(HttpServletRequest request, Locale current) {
		return LanguageConfiguration.SUPPORTED.stream()
			.map(locale -> new LanguageLink(locale.getLanguage(), "language." + locale.getLanguage(),
					UriComponentsBuilder.fromPath(pagePath(request)).query(request.getQueryString())
						.replaceQueryParam("lang", locale.getLanguage()).build().toUriString(),
					locale.getLanguage().equals(current.getLanguage())))
			.toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return pagePath(request);
	}

	/** The page the person asked for, also when an error page answers in its place. */
	private static String pagePath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return failed instanceof String path ? path : request.getRequestURI();
	}

	/** A link that switches the page to another language; {@code nameKey} names the language in itself. */
	record LanguageLink(String code, String nameKey, String href, boolean current) {
	}
}
