package fi.yhdessa.citizen;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The record is not there for this resident; its refusal is in the access log, so it does not roll back. */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class NotFound extends RuntimeException {

	NotFound() {
		super("No such record", null, false, false);
	}
}
