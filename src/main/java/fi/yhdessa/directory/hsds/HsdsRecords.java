package fi.yhdessa.directory.hsds;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of an HSDS import as sent: a zip is read as a tabular data package, anything else as
 * JSON — an array of services, or a page of them ({@code contents}).
 */
final class HsdsRecords {

	private HsdsRecords() {
	}

	/** @throws Unreadable with the key of the message that says why the data are neither */
	static List<JsonNode> read(JsonMapper json, byte[] data) {
		boolean zip = data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
		if (zip) {
			try {
				return TabularPackage.read(data).services();
			}
			catch (IllegalArgumentException | JacksonException e) {
				throw new Unreadable("import.invalid.zip", e);
			}
		}
		try {
			JsonNode root = json.readTree(data);
			JsonNode records = root.isObject() && root.path("contents").isArray() ? root.path("contents") : root;
			if (!records.isArray()) {
				throw new Unreadable("import.invalid.json", null);
			}
			return records.valueStream().toList();
		}
		catch (JacksonException e) {
			throw new Unreadable("import.invalid.json", e);
		}
	}

	/** Data that are not HSDS records; the message key says why, in the reader's language. */
	static final class Unreadable extends IllegalArgumentException {

		private final String key;

		Unreadable(String key, Throwable cause) {
			super(key, cause);
			this.key = key;
		}

		String key() {
			return key;
		}
	}
}
