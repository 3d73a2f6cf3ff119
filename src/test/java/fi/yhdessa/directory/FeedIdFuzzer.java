package fi.yhdessa.directory;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import fi.yhdessa.directory.web.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The id in an iCalendar feed's address ({@code /activities/{id}.ics}, {@code /places/{id}.ics}): an id, or 404. */
final class FeedIdFuzzer {

	private FeedIdFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		String id = data.consumeRemainingAsString();
		try {
			Ids.parseOrNotFound(id);
		}
		catch (ResponseStatusException notFound) {
			if (notFound.getStatusCode() != HttpStatus.NOT_FOUND) {
				throw notFound;
			}
		}
		Ids.parse(id);
	}
}
