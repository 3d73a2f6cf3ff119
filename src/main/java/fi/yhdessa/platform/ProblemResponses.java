package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details for the API, where HTML would be useless to the caller. */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Yhdessa\", charset=\"UTF-8\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Sign in, or send HTTP Basic credentials of a local account.");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		write(request.getRequestURI(), response, status, detail);
	}

	void write(String path, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(path));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
