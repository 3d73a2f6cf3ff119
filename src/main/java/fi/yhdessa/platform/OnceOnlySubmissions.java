package fi.yhdessa.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A write sent twice is carried out once. Every form carries a key of its own ({@value #FIELD},
 * added with the CSRF token); an API caller may send {@code Idempotency-Key}. The first request
 * with a key is carried out and its answer kept; the same key again, from the same person, gets the
 * kept answer (the same redirect, or the same status and body) without anything done again; while
 * the first is still being carried out, the second waits for it. An answer that refused the input
 * (4xx) is not kept: the form comes back with its errors and may be sent again. Runs after the
 * security filters, so a key is always someone's. Kept answers go after a day.
 */
class OnceOnlySubmissions extends OncePerRequestFilter {

	static final String FIELD = "_once";
	static final String HEADER = "Idempotency-Key";
	private static final Duration WAIT = Duration.ofSeconds(10);

	private final JdbcClient jdbc;
	private final Clock clock;

	OnceOnlySubmissions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A kept answer. */
	private record Answer(Instant completedAt, Integer status, String location, String contentType, byte[] body) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		String key = key(request);
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (key == null || who == null || !who.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		String stored = who.getName() + ":" + key;
		while (!claimed(stored, who.getName())) {
			if (replayed(stored, response)) {
				return;
			}
			// The first was refused and forgotten meanwhile: this one is carried out in its place.
		}
		ContentCachingResponseWrapper kept = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, kept);
		}
		catch (IOException | ServletException | RuntimeException | Error failed) {
			// Not carried out: the same key may try again.
			jdbc.sql("delete from platform.submission where key = ?").param(stored).update();
			throw failed;
		}
		keep(stored, kept);
		kept.copyBodyToResponse();
	}

	private void keep(String key, ContentCachingResponseWrapper answer) {
		int status = answer.getStatus();
		if (status >= 400) {
			jdbc.sql("delete from platform.submission where key = ?").param(key).update();
			return;
		}
		jdbc.sql("update platform.submission set completed_at = ?, status = ?, location = ?, content_type = ?, body = ? where key = ?")
			.params(Timestamp.from(Instant.now(clock)), status, answer.getHeader("Location"), answer.getContentType(), answer.getContentAsByteArray(), key)
			.update();
	}

	/** Whether this request is the first with the key: the row that says so is written at once, before the work. */
	private boolean claimed(String key, String actor) {
		try {
			jdbc.sql("insert into platform.submission (key, actor, started_at) values (?, ?, ?)").params(key, actor, Timestamp.from(Instant.now(clock))).update();
			return true;
		}
		catch (DuplicateKeyException again) {
			return false;
		}
	}

	/** Answers as the first request was answered, waiting for it while it is carried out; false when it was refused and is gone. */
	private boolean replayed(String key, HttpServletResponse response) throws IOException {
		Instant until = Instant.now().plus(WAIT);
		Optional<Answer> answer = find(key);
		while (answer.isPresent() && answer.get().completedAt() == null && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			answer = find(key);
		}
		if (answer.isEmpty()) {
			return false;
		}
		if (answer.get().completedAt() == null) {
			// Still being carried out after the wait: say so rather than do it twice.
			response.sendError(HttpServletResponse.SC_CONFLICT);
			return true;
		}
		Answer kept = answer.get();
		response.setStatus(kept.status());
		if (kept.location() != null) {
			response.setHeader("Location", kept.location());
		}
		if (kept.contentType() != null) {
			response.setContentType(kept.contentType());
		}
		if (kept.body() != null && kept.body().length > 0) {
			response.getOutputStream().write(kept.body());
		}
		return true;
	}

	private Optional<Answer> find(String key) {
		return jdbc.sql("select completed_at, status, location, content_type, body from platform.submission where key = ?").param(key)
			.query((rs, n) -> new Answer(rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant(),
					(Integer) rs.getObject("status"), rs.getString("location"), rs.getString("content_type"), rs.getBytes("body")))
			.optional();
	}

	private static String key(HttpServletRequest request) {
		if (!isWrite(request.getMethod())) {
			return null;
		}
		String header = request.getHeader(HEADER);
		String key = header != null ? header : isForm(request.getContentType()) ? request.getParameter(FIELD) : null;
		return key == null || key.isBlank() || key.length() > 100 ? null : key.strip();
	}

	/** A form of the pages, with or without files: its fields are parameters (the servlet's multipart settings read a multipart one). */
	private static boolean isForm(String contentType) {
		return contentType != null && (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/form-data"));
	}

	private static boolean isWrite(String method) {
		return method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE");
	}

	/** Kept answers older than a day go: a resend comes within minutes. */
	void forgetOldAnswers() {
		jdbc.sql("delete from platform.submission where started_at < ?").param(Timestamp.from(Instant.now(clock).minus(Duration.ofDays(1)))).update();
	}
}
