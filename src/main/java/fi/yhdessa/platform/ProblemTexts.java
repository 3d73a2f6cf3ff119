package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The reasons the API gives, in the caller's language: the one {@code Accept-Language} names
 * among the platform's, else the platform's own (the {@code lang} cookie, else Finnish). A
 * malformed header is no reason to fail: it is read as none.
 */
@Component
public class ProblemTexts {

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** A problem detail with the reason for the key and the key itself as {@code code}. */
	public ProblemDetail problem(HttpStatusCode status, String key, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key, request));
		problem.setProperty("code", key);
		return problem;
	}

	public String text(String key, HttpServletRequest request) {
		return messages.getMessage(key, null, key, languageOf(request));
	}

	public Locale languageOf(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale asked = Locale.lookup(Locale.LanguageRange.parse(header), LanguageConfiguration.SUPPORTED);
				if (asked != null) {
					return asked;
				}
			}
			catch (IllegalArgumentException malformed) {
				// read as no header
			}
		}
		return LocaleContextHolder.getLocale();
	}

	/** The general reason for a status, where nothing more particular is known. */
	static String keyFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "problem.badRequest";
			case 401 -> "problem.unauthorized";
			case 403 -> "problem.forbidden";
			case 404 -> "problem.notFound";
			case 405 -> "problem.methodNotAllowed";
			case 406 -> "problem.notAcceptable";
			case 409 -> "problem.conflict";
			case 413 -> "problem.payloadTooLarge";
			case 415 -> "problem.unsupportedMediaType";
			case 503 -> "problem.unavailable";
			default -> status.is5xxServerError() ? "problem.serverError" : "problem.other";
		};
	}
}
