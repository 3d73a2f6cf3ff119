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
 * Where a person goes after signing in (the page they asked for, else their role's home: the
 * worker's worklist, the guardian's family page, the auditor's log…), back to the sign-in form after a failure with the username they typed kept, and to the
 * sign-in form with a word about it when their session has run out.
 */
@Component
class SignInHandlers {

	static final String LAST_USERNAME = "yhdessa.signIn.username";

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
	private final SavedRequestAwareAuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	private final RoleHomes homes;

	SignInHandlers(RoleHomes homes) {
		this.homes = homes;
	}

	void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication) throws IOException, ServletException {
		request.getSession().removeAttribute(LAST_USERNAME);
		if (savedRequests.getRequest(request, response) != null) {
			toSavedRequest.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		String home = authentication.getPrincipal() instanceof SignedInUser user
				? homes.of(user).map(RoleHome::path).orElse(user.isStaff() ? "/home" : "/")
				: "/";
		response.sendRedirect(request.getContextPath() + home);
	}

	/** Asks for sign-in, saying so when the person's session ran out rather than never existed. */
	void signInRequired(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
		boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		savedRequests.saveRequest(request, response);
		response.sendRedirect(request.getContextPath() + (expired ? "/login?expired" : "/login"));
	}

	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		request.getSession().setAttribute(LAST_USERNAME, username == null ? "" : username.strip());
		String reason = exception instanceof SignInThrottled ? "throttled" : ErrorPages.databaseUnreachable(exception) ? "unavailable" : "bad";
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}
}
