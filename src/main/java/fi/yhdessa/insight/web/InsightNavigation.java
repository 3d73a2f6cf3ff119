package fi.yhdessa.insight.web;

import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What insight's own navigation offers the person: the welfare report only to those who make it. */
@ControllerAdvice(assignableTypes = { DashboardPages.class, IndicatorPages.class, ScenarioPages.class, SettingsPages.class, WelfareReportPages.class })
class InsightNavigation {

	@ModelAttribute("makesReports")
	boolean makesReports(@AuthenticationPrincipal SignedInUser user) {
		return user != null && (user.has(Role.LEADERSHIP) || user.has(Role.COORDINATOR));
	}
}
