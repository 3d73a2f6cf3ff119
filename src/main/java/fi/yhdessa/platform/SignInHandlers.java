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
 * page), back to the sign-in form after a failure with the username they typed kept, and to the
 * sign-in form with a word about it when their session has run out.
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
