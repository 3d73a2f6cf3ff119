package fi.yhdessa.casework;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Casework's refusals as problem details: 404 without a trace of the record, 403, 409 and 422 with the reason in the caller's language. */
@RestControllerAdvice(assignableTypes = CaseworkApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkApiErrors {

	private static final List<Locale> SUPPORTED = List.of(Locale.of("fi"), Locale.of("sv"), Locale.of("en"));

	private final MessageSource messages;

	CaseworkApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Refusal.NotFound.class)
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource.");
	}

	@ExceptionHandler(Refusal.Forbidden.class)
	ProblemDetail forbidden() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your relationship to the case does not allow this.");
	}

	@ExceptionHandler(AlreadyAnswered.class)
	ProblemDetail answered() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The hand-off was answered already.");
	}

	/** The reason in the language the caller asks for (Accept-Language), else the platform's. */
	@ExceptionHandler(Problem.class)
	ProblemDetail problem(Problem problem, HttpServletRequest request) {
		Locale language = request.getHeader("Accept-Language") == null ? LocaleContextHolder.getLocale()
				: Objects.requireNonNullElse(Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED),
						LocaleContextHolder.getLocale());
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(problem.messageKey(), null, problem.messageKey(), language));
		detail.setProperty("code", problem.messageKey());
		return detail;
	}
}
