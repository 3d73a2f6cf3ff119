package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem details for errors inside the JSON API's controllers (bad parameters, validation,
 * unsupported media types), with the reason in the caller's language; pages keep their HTML
 * error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	private final ProblemTexts texts;

	ApiErrors(ProblemTexts texts) {
		this.texts = texts;
	}

	/** An argument refused with its reason, which the code writes in the caller's language; without one, the general reason. */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException e, HttpServletRequest request) {
		if (e.getMessage() == null || e.getMessage().isBlank()) {
			return texts.problem(HttpStatus.BAD_REQUEST, ProblemTexts.keyFor(HttpStatus.BAD_REQUEST), request);
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			String key = ProblemTexts.keyFor(status);
			problem.setDetail(texts.text(key, servlet.getRequest()));
			problem.setProperty("code", key);
		}
		return super.handleExceptionInternal(e, body, headers, status, request);
	}
}
