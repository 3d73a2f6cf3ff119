package fi.yhdessa.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One option of a filter: the value in the URL and the label in the reader's language. */
record Choice(String value, String label) {

	static Map<String, String> labels(List<Choice> choices) {
		Map<String, String> labels = new LinkedHashMap<>();
		choices.forEach(choice -> labels.put(choice.value(), choice.label()));
		return labels;
	}
}
