package fi.yhdessa.directory.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An id from a URL or a form: a malformed one is simply a page that does not exist, or no choice. */
public final class Ids {

	private Ids() {
	}

	public static UUID parseOrNotFound(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	public static Optional<UUID> parse(String id) {
		try {
			return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
