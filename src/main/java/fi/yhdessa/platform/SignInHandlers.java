package fi.yhdessa.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Where a person goes after signing in (the page they asked for, else staff home or the front
 * page), and back to the sign-in form after a failure with the username they typed kept.
 */
@Component
class SignInHandlers {

	static final String LAST_USERNAME = "yhdessa.signIn.username";

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
	private final SavedRequestAwareAuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication) throws IOException, ServletException {
		request.getSession().removeAttribute(LAST_USERNAME);
		if (savedRequests.getRequest(request, response) != null) {
			toSavedRequest.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		boolean staff = authentication.getPrincipal() instanceof SignedInUser user && user.isStaff();
		response.sendRedirect(request.getContextPath() + (staff ? "/home" : "/"));
	}

	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		request.getSession().setAttribute(LAST_USERNAME, username == null ? "" : username.strip());
		String reason = exception instanceof SignInThrottled ? "throttled" : "bad";
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}
}
