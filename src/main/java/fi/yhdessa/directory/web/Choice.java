package fi.yhdessa.directory.web;

import fi.yhdessa.network.Network;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One option of a filter or a form: the value in the URL or the form and the label in the reader's language. */
public record Choice(String value, String label) {

	/** The region's municipalities by code, named in the reader's language. */
	public static List<Choice> municipalities(Network network, Locale locale) {
		return network.municipalities().stream().map(m -> new Choice(m.code(), m.name(locale))).toList();
	}

	static Map<String, String> labels(List<Choice> choices) {
		Map<String, String> labels = new LinkedHashMap<>();
		choices.forEach(choice -> labels.put(choice.value(), choice.label()));
		return labels;
	}
}
