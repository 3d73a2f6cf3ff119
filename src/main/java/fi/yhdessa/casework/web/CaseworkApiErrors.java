package fi.yhdessa.casework.web;

import fi.yhdessa.casework.AlreadyAnswered;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.platform.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Casework's refusals as problem details: 404 without a trace of the record, 403, 409 and 422 with the reason in the caller's language. */
@RestControllerAdvice(assignableTypes = CaseworkApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CaseworkApiErrors {

	private final ProblemTexts texts;

	CaseworkApiErrors(ProblemTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(Refusal.NotFound.class)
	ProblemDetail notFound(HttpServletRequest request) {
		return texts.problem(HttpStatus.NOT_FOUND, "problem.notFound", request);
	}

	@ExceptionHandler(Refusal.Forbidden.class)
	ProblemDetail forbidden(HttpServletRequest request) {
		return texts.problem(HttpStatus.FORBIDDEN, "problem.case.forbidden", request);
	}

	@ExceptionHandler(AlreadyAnswered.class)
	ProblemDetail answered(HttpServletRequest request) {
		return texts.problem(HttpStatus.CONFLICT, "problem.handoff.answered", request);
	}

	/** The reason in the language the caller asks for (Accept-Language), else the platform's. */
	@ExceptionHandler(Problem.class)
	ProblemDetail problem(Problem problem, HttpServletRequest request) {
		return texts.problem(HttpStatus.UNPROCESSABLE_CONTENT, problem.messageKey(), request);
	}
}
