package fi.yhdessa.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The sessions in PostgreSQL, written only when something in them changed: a request that changes
 * nothing but the time of last access writes that time at most once a {@link #LAST_ACCESS_STEP}
 * instead of on every request. Spring Session's own repository updated the session's row (and its
 * four indexes, flushed to disk at commit) on every page; a session now ends between its timeout
 * less this step and its timeout after the last request. Sign-in, sign-out, a changed language or
 * token and every other attribute are written as before, at the end of the request.
 *
 * <p>Spring Session reads a session again right after saving it at the end of every request, only
 * to learn whether its id is still the one the browser sent; that read is answered with the session
 * just saved, on the same thread and within the same request ({@link #forgetSaved()} after each).
 *
 * <p>The repository's own statements run without a transaction ({@link SessionConfiguration}): a read
 * is one statement; a save, which writes the session's row and its attributes, is made in one here.
 */
final class SessionWrites implements SessionRepository<SessionWrites.Kept> {

	/** How stale the stored time of last access may be; small against the timeout of 30 minutes. */
	static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

	private final JdbcIndexedSessionRepository jdbc;
	private final SessionRepository<Session> sessions;
	private final TransactionOperations transaction;
	private final ThreadLocal<Kept> justSaved = new ThreadLocal<>();

	@SuppressWarnings("unchecked")
	SessionWrites(JdbcIndexedSessionRepository jdbc, TransactionOperations transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.sessions = (SessionRepository<Session>) (SessionRepository<?>) jdbc;
	}

	/** Deletes the sessions whose stored expiry time has passed. */
	void deleteExpired() {
		jdbc.cleanUpExpiredSessions();
	}

	@Override
	public Kept createSession() {
		Kept created = new Kept(sessions.createSession());
		created.changed = true;
		return created;
	}

	@Override
	public void save(Kept session) {
		if (session.changed) {
			transaction.executeWithoutResult(status -> sessions.save(session.stored));
			session.changed = false;
		}
		justSaved.set(session);
	}

	/** Called when a request ends, so that no request is answered with the session another one saved. */
	void forgetSaved() {
		justSaved.remove();
	}

	@Override
	public Kept findById(String id) {
		Kept saved = justSaved.get();
		if (saved != null) {
			justSaved.remove();
			if (saved.getId().equals(id)) {
				return saved;
			}
		}
		Session stored = sessions.findById(id);
		return stored == null ? null : new Kept(stored);
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	/** A stored session that knows whether a request changed it. */
	static final class Kept implements Session {

		private final Session stored;
		private boolean changed;

		Kept(Session stored) {
			this.stored = stored;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return stored.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			changed = true;
			stored.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			if (stored.getAttribute(name) != null) {
				changed = true;
				stored.removeAttribute(name);
			}
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		/** Kept in the stored session only when it moves the stored time by a step or more. */
		@Override
		public void setLastAccessedTime(Instant time) {
			if (Duration.between(stored.getLastAccessedTime(), time).compareTo(LAST_ACCESS_STEP) >= 0) {
				changed = true;
				stored.setLastAccessedTime(time);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(stored.getMaxInactiveInterval())) {
				changed = true;
				stored.setMaxInactiveInterval(interval);
			}
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
