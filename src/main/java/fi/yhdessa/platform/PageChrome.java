package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page has around its content — the head's links and scripts, the header with the
 * menus and the language links, the footer — written by compiled templates ({@code src/main/jte/layout},
 * ADR 0020) and placed by the Thymeleaf layout, which adds only the page's title and content. Made for
 * each request by {@link LayoutModel}; a part is written only when a page shows it.
 */
public final class PageChrome {

	private final CompiledPages pages;
	private final HttpServletRequest request;
	private final SignedInUser user;
	private final List<NavigationItem> navigation;
	private final List<NavigationItem> siteLinks;
	private final String currentPath;
	private final Locale locale;

	PageChrome(CompiledPages pages, HttpServletRequest request, SignedInUser user, List<NavigationItem> navigation,
			List<NavigationItem> siteLinks, String currentPath, Locale locale) {
		this.pages = pages;
		this.request = request;
		this.user = user;
		this.navigation = navigation;
		this.siteLinks = siteLinks;
		this.currentPath = currentPath;
		this.locale = locale;
	}

	/** A link that switches the page to another language; {@code nameKey} names the language in itself. */
	public record LanguageLink(String code, String nameKey, String href, boolean current) {
	}

	public String head() {
		return pages.render("layout/head.jte", this, request);
	}

	public String header() {
		return pages.render("layout/header.jte", this, request);
	}

	public String footer() {
		return pages.render("layout/footer.jte", this, request);
	}

	/** The CSRF token that htmx sends with its requests, for a signed-in person; {@code null} otherwise. */
	public CsrfToken csrf() {
		return user == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	public SignedInUser user() {
		return user;
	}

	public List<NavigationItem> navigation() {
		return navigation;
	}

	public List<NavigationItem> siteLinks() {
		return siteLinks;
	}

	/** The page itself in each language the platform speaks, the request's own marked. */
	public List<LanguageLink> languages() {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(currentPath).query(request.getQueryString());
		List<LanguageLink> links = new ArrayList<>(LanguageConfiguration.SUPPORTED.size());
		for (Locale supported : LanguageConfiguration.SUPPORTED) {
			String code = supported.getLanguage();
			links.add(new LanguageLink(code, "language." + code, page.cloneBuilder().replaceQueryParam("lang", code).build().toUriString(),
					code.equals(locale.getLanguage())));
		}
		return links;
	}

	/** Whether a link leads to the page shown or to a page under it. */
	public boolean isCurrent(NavigationItem item) {
		return currentPath.startsWith(item.path());
	}
}
