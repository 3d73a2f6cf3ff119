package fi.yhdessa.network.web;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.platform.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/** The network's refusals not answered beside a form: 409 for a stale edit, 422 otherwise, in the reader's language. */
final class NetworkErrors {

	private NetworkErrors() {
	}

	static HttpStatus status(Refusal refusal) {
		return refusal instanceof StaleEdit ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
	}

	/** For the API: a problem detail with the reason and its code. */
	@RestControllerAdvice(assignableTypes = NetworkApi.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Api {

		private final ProblemTexts texts;

		Api(ProblemTexts texts) {
			this.texts = texts;
		}

		@ExceptionHandler(Refusal.class)
		ProblemDetail refused(Refusal refusal, HttpServletRequest request) {
			return texts.problem(status(refusal), refusal.messageKey(), request);
		}
	}

	/** For pages: the page of a refusal with its reason and a way back. */
	@ControllerAdvice(basePackageClasses = NetworkErrors.class)
	static class Pages {

		@ExceptionHandler(Refusal.class)
		ModelAndView refused(Refusal refusal, HttpServletResponse response) {
			response.setStatus(status(refusal).value());
			ModelAndView page = new ModelAndView("network/refused");
			page.addObject("problem", refusal.messageKey());
			return page;
		}
	}
}
