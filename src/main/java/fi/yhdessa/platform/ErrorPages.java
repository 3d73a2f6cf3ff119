package fi.yhdessa.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error ends here: a localized page for people, a problem detail for the API. Neither ever
 * shows a stack trace; the log has it.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final ProblemResponses problems;

	ErrorPages(ProblemResponses problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (status.is5xxServerError()) {
			Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			log.error("Request to {} failed with {}", path, status.value(), failure instanceof Throwable t ? t : null);
		}
		if (isApi(path)) {
			problems.write(path, request, response, status);
			return null;
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("kind", switch (status.value()) {
			case 403 -> "forbidden";
			case 404 -> "notFound";
			case 400, 405, 413, 415 -> "badRequest";
			default -> status.is5xxServerError() ? "serverError" : "other";
		});
		return "platform/error";
	}

	static boolean isApi(String path) {
		return path.startsWith("/api/") || path.startsWith("/hsds");
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (causedBySender(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			return HttpStatus.BAD_REQUEST;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * The sender's fault, found before any handler runs: a multipart body that cannot be read, or a
	 * form field no form has (a row index beyond what binding grows a list to, found by fuzzing).
	 */
	private static boolean causedBySender(Object failure) {
		for (Throwable cause = failure instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
			if ((cause instanceof MultipartException && !(cause instanceof MaxUploadSizeExceededException)) || cause instanceof InvalidPropertyException) {
				return true;
			}
		}
		return false;
	}
}
