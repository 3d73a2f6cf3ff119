package fi.yhdessa.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the base layout needs on every page: who is signed in ({@code currentUser}), their
 * navigation, the links for everyone ({@code siteLinks}), the language links, the page's path
 * ({@code currentPath}) and the platform's time zone ({@code zone}, for
 * {@code #temporals.format(at.atZone(zone), …)}). One method, so that a page pays for resolving its
 * arguments once rather than once per attribute.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	private final List<NavigationItem> staffAndResidents;
	private final List<NavigationItem> siteLinks;

	LayoutModel(List<NavigationItem> navigation) {
		List<NavigationItem> sorted = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.staffAndResidents = sorted.stream().filter(item -> !item.isForEveryone()).toList();
		this.siteLinks = sorted.stream().filter(NavigationItem::isForEveryone).toList();
	}

	@ModelAttribute
	void layout(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Locale current, Model model) {
		String path = pagePath(request);
		model.addAttribute("currentUser", user);
		model.addAttribute("navigation", user == null ? List.of() : staffAndResidents.stream().filter(item -> item.visibleTo(user)).toList());
		model.addAttribute("zone", ClockConfiguration.FINLAND);
		model.addAttribute("siteLinks", siteLinks);
		model.addAttribute("languages", languages(path, request.getQueryString(), current));
		model.addAttribute("currentPath", path);
	}

	private static List<LanguageLink> languages(String path, String query, Locale current) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(path).query(query);
		List<LanguageLink> links = new ArrayList<>(LanguageConfiguration.SUPPORTED.size());
		for (Locale locale : LanguageConfiguration.SUPPORTED) {
			String code = locale.getLanguage();
			links.add(new LanguageLink(code, "language." + code, page.cloneBuilder().replaceQueryParam("lang", code).build().toUriString(),
					code.equals(current.getLanguage())));
		}
		return links;
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
