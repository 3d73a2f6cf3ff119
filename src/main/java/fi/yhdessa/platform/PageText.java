package fi.yhdessa.platform;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * What a compiled page ({@link CompiledPages}) says and links in the request's language: the
 * texts of the message bundles (as Thymeleaf's {@code #{…}} gives them), dates as the pages
 * show them, addresses under the platform's context path (static files' versioned), and the hidden fields every form
 * carries (the CSRF token and the form's own key, as Thymeleaf adds them to {@code th:action}).
 */
public final class PageText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

	private final MessageSource messages;
	private final Locale locale;
	private final HttpServletRequest request;
	private final RequestDataValueProcessor forms;
	private final AssetUrls assets;

	PageText(MessageSource messages, Locale locale, HttpServletRequest request, RequestDataValueProcessor forms, AssetUrls assets) {
		this.messages = messages;
		this.locale = locale;
		this.request = request;
		this.forms = forms;
		this.assets = assets;
	}

	/** The text of a key in the request's language; a key no bundle has fails the page, as a missing key fails the build. */
	public String msg(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, locale);
	}

	/** The text of a key made of what a request named (such as {@code ?done=…}), or nothing when no bundle has it. */
	public String msgIfAny(String key) {
		return messages.getMessage(key, null, null, locale);
	}

	public Locale locale() {
		return locale;
	}

	public String date(LocalDate date) {
		return DATE.format(date);
	}

	public String date(Instant instant) {
		return DATE.format(instant.atZone(ClockConfiguration.FINLAND));
	}

	/** A moment as the pages show it, in the platform's time zone, to the minute. */
	public String dateTime(Instant instant) {
		return DATE_TIME.format(instant.atZone(ClockConfiguration.FINLAND));
	}

	/** A path of the platform as the browser reaches it. */
	public String url(String path) {
		return request.getContextPath() + path;
	}

	/** The address of a static file ({@code /css/yhdessa.css}), versioned as the resource chain names it. */
	public String asset(String path) {
		return request.getContextPath() + assets.of(path);
	}

	/** The hidden fields of a form that posts. */
	public Content formFields() {
		Map<String, String> fields = forms.getExtraHiddenFields(request);
		StringBuilder hidden = new StringBuilder();
		if (fields != null) {
			fields.forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(name))
				.append("\" value=\"").append(HtmlUtils.htmlEscape(value)).append("\">"));
		}
		return output -> output.writeContent(hidden.toString());
	}
}
