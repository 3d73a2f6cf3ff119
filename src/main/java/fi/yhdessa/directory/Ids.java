package fi.yhdessa.directory;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An id from a URL: a malformed one is simply a page that does not exist. */
final class Ids {

	private Ids() {
	}

	static UUID parseOrNotFound(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
