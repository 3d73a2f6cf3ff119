package fi.yhdessa.insight.web;

import fi.yhdessa.platform.CompiledPages;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * insight's own navigation on its pages ({@code insightNav}, placed by {@code insight/nav.html}): the
 * welfare report offered only to those who make it, the settings to those who edit them.
 */
@ControllerAdvice(assignableTypes = { DashboardPages.class, IndicatorPages.class, ScenarioPages.class, SettingsPages.class, WelfareReportPages.class })
class InsightNavigation {

	private final CompiledPages pages;

	InsightNavigation(CompiledPages pages) {
		this.pages = pages;
	}

	@ModelAttribute("insightNav")
	Nav nav(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		return new Nav(pages, request, makesReports(user));
	}

	static boolean makesReports(SignedInUser user) {
		return user != null && (user.has(Role.LEADERSHIP) || user.has(Role.COORDINATOR));
	}

	/** Writes the navigation for a page: {@code ${insightNav.html('costs', analyst)}}. */
	public static final class Nav {

		private final CompiledPages pages;
		private final HttpServletRequest request;
		private final boolean makesReports;

		Nav(CompiledPages pages, HttpServletRequest request, boolean makesReports) {
			this.pages = pages;
			this.request = request;
			this.makesReports = makesReports;
		}

		public String html(String current, Boolean analyst) {
			return pages.render("insight/nav.jte", new InsightSections(current, makesReports, Boolean.TRUE.equals(analyst)), request);
		}
	}
}
