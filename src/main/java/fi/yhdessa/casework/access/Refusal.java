package fi.yhdessa.casework.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Casework refused a request; the refusal is in the access log, which is why services keep their
 * transaction when one is thrown ({@code noRollbackFor}).
 */
public abstract sealed class Refusal extends RuntimeException permits Refusal.NotFound, Refusal.Forbidden {

	private Refusal(String message) {
		super(message, null, false, false);
	}

	/** The record is not there for this user: answered as 404, so that its existence does not leak. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static final class NotFound extends Refusal {

		public NotFound() {
			super("No such record");
		}
	}

	/** The user sees the case but may not do this to it: 403. */
	@ResponseStatus(HttpStatus.FORBIDDEN)
	public static final class Forbidden extends Refusal {

		public Forbidden() {
			super("Not allowed on this case");
		}
	}
}
