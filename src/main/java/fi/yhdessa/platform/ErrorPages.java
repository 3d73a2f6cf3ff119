package fi.yhdessa.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
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
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", "10");
		}
		model.addAttribute("status", status.value());
		model.addAttribute("kind", switch (status.value()) {
			case 403 -> "forbidden";
			case 404 -> "notFound";
			case 400, 405, 413, 415 -> "badRequest";
			case 503 -> "unavailable";
			default -> status.is5xxServerError() ? "serverError" : "other";
		});
		return "platform/error";
	}

	static boolean isApi(String path) {
		return path.startsWith("/api/") || path.startsWith("/hsds");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (causedBySender(failure)) {
			return HttpStatus.BAD_REQUEST;
		}
		if (databaseUnreachable(failure)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
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
	 * The database could not be reached (gone, restarting, no connection within the pool's wait) or
	 * has run out of a resource (SQLSTATE class 53: its disk full, its memory or its connections):
	 * the service is briefly unavailable, which is no fault of the request.
	 */
	static boolean databaseUnreachable(Object failure) {
		for (Throwable cause = failure instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					// a rollback that failed: the connection under the transaction is gone
					|| cause instanceof TransactionSystemException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("53")))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
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
