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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A write sent twice is carried out once. Every form carries a key of its own ({@value #FIELD},
 * added with the CSRF token); an API caller may send {@code Idempotency-Key}. The key is claimed,
 * the write carried out and its answer kept in one transaction: the claim is there exactly when the
 * work is. The same key again, from the same person, gets the kept answer (the same redirect, or
 * the same status and body) without anything done again; while the first is still being carried
 * out, the second waits on the first's claim, and when the first never finishes (its node killed
 * mid-request, its connection gone) the claim goes with its transaction and the second is carried
 * out in its place. An answer that refused the input (4xx) is not kept, but what the refusal
 * recorded (a denied access) stays: the form comes back with its errors and may be sent again. A
 * failure (5xx, or part of the work rolled back) leaves nothing of the write. The answer reaches
 * the user only after the commit. Runs after the security filters, so a key is always someone's.
 * Kept answers go after a day.
 */
class OnceOnlySubmissions extends OncePerRequestFilter {

	static final String FIELD = "_once";
	static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	OnceOnlySubmissions(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** A kept answer. */
	private record Answer(Integer status, String location, String contentType, byte[] body) {
	}

	/** What became of a request with a key: carried out and its answer kept; refused or failed, nothing kept; or sent before. */
	private enum Outcome {
		CARRIED_OUT, NOT_KEPT, SENT_BEFORE
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
		ContentCachingResponseWrapper kept = new ContentCachingResponseWrapper(response);
		while (true) {
			Outcome outcome;
			try {
				outcome = transactions.execute(work -> carryOut(stored, who.getName(), request, kept, chain, work));
			}
			catch (Failed failed) {
				failed.rethrow();
				return;
			}
			catch (TransactionException | DataAccessException notCommitted) {
				if (kept.getStatus() < 400 || kept.getStatus() >= 500) {
					throw notCommitted;
				}
				// A refusal whose own records could not be kept: the refusal is still the answer.
				outcome = Outcome.NOT_KEPT;
			}
			if (outcome != Outcome.SENT_BEFORE) {
				kept.copyBodyToResponse();
				return;
			}
			if (replayed(stored, response)) {
				return;
			}
			// The first was forgotten meanwhile: this one is carried out in its place.
		}
	}

	private Outcome carryOut(String key, String actor, HttpServletRequest request, ContentCachingResponseWrapper answer, FilterChain chain,
			TransactionStatus work) {
		if (!claimed(key, actor)) {
			return Outcome.SENT_BEFORE;
		}
		try {
			chain.doFilter(request, answer);
		}
		catch (IOException | ServletException e) {
			throw new Failed(e);
		}
		int status = answer.getStatus();
		if (work.isRollbackOnly() || status >= 500) {
			work.setRollbackOnly();
			return Outcome.NOT_KEPT;
		}
		if (status >= 400) {
			jdbc.sql("delete from platform.submission where key = ?").param(key).update();
			return Outcome.NOT_KEPT;
		}
		jdbc.sql("update platform.submission set completed_at = ?, status = ?, location = ?, content_type = ?, body = ? where key = ?")
			.params(Timestamp.from(Instant.now(clock)), status, answer.getHeader("Location"), answer.getContentType(), answer.getContentAsByteArray(), key)
			.update();
		return Outcome.CARRIED_OUT;
	}

	/**
	 * Whether this request is the first with the key. A claim by a request still being carried out
	 * makes this one wait for its end: committed, it is this one's answer; rolled back, it is gone and
	 * this one claims the key.
	 */
	private boolean claimed(String key, String actor) {
		return jdbc.sql("insert into platform.submission (key, actor, started_at) values (?, ?, ?) on conflict (key) do nothing")
			.params(key, actor, Timestamp.from(Instant.now(clock)))
			.update() == 1;
	}

	/** Answers as the first request was answered; false when its answer is gone. */
	private boolean replayed(String key, HttpServletResponse response) throws IOException {
		Optional<Answer> answer = find(key);
		if (answer.isEmpty()) {
			return false;
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
		return jdbc.sql("select status, location, content_type, body from platform.submission where key = ? and completed_at is not null")
			.param(key)
			.query((rs, n) -> new Answer(rs.getInt("status"), rs.getString("location"), rs.getString("content_type"), rs.getBytes("body")))
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

	/** The chain's checked failure, carried out of the transaction that it rolls back. */
	private static final class Failed extends RuntimeException {

		Failed(Exception cause) {
			super(cause);
		}

		void rethrow() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) getCause();
		}
	}

	/** Kept answers older than a day go: a resend comes within minutes. */
	void forgetOldAnswers() {
		jdbc.sql("delete from platform.submission where started_at < ?").param(Timestamp.from(Instant.now(clock).minus(Duration.ofDays(1)))).update();
	}
}
