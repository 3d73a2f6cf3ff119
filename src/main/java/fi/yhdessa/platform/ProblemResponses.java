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
	private final ProblemTexts texts;

	ProblemResponses(JsonMapper json, ProblemTexts texts) {
		this.json = json;
		this.texts = texts;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		if (ErrorPages.databaseUnreachable(e)) {
			// The credentials could not be checked, not found wrong.
			response.setHeader("Retry-After", "10");
			write(request.getRequestURI(), request, response, HttpStatus.SERVICE_UNAVAILABLE);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Yhdessa\", charset=\"UTF-8\"");
		write(request.getRequestURI(), request, response, HttpStatus.UNAUTHORIZED);
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		write(request.getRequestURI(), request, response, HttpStatus.FORBIDDEN);
	}

	/** The general problem for the status, in the caller's language, about the resource at the path. */
	void write(String path, HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
		ProblemDetail problem = texts.problem(status, ProblemTexts.keyFor(status), request);
		problem.setInstance(URI.create(path));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
