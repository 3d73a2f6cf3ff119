package fi.yhdessa.directory.web;

import fi.yhdessa.directory.SearchResults;
import fi.yhdessa.platform.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The results of a search as {@code directory/search-results.jte} shows them, in the search page and
 * alone to the search box as one types.
 *
 * @param current the search's own address, without the language, that the facets and the pager change one parameter of
 * @param facets the facets shown, in order, each with the names of its values in the reader's language
 */
public record SearchResultsPage(SearchResults results, String q, boolean searched, String current, List<Facet> facets, String guidancePhone) {

	/** A description longer than this is cut, with an ellipsis, in a result. */
	private static final int DESCRIPTION_SHOWN = 220;

	/** A facet: the parameter it sets, the key of its heading, and its values' names. */
	public record Facet(String name, String labelKey, Map<String, String> names) {
	}

	/** A service's page, with the search's words so that opening it counts as a click on a result. */
	public String serviceLink(UUID id) {
		return "/services/" + id + (q.isEmpty() ? "" : "?q=" + UriUtils.encodeQueryParam(q, StandardCharsets.UTF_8));
	}

	/** This search with one parameter changed, back on its first page unless the page is what changes. */
	public String with(String parameter, Object value) {
		var link = UriComponentsBuilder.fromUriString(current).replaceQueryParam(parameter, value);
		if (!"page".equals(parameter)) {
			link.replaceQueryParam("page");
		}
		return link.build().toUriString();
	}

	/** The key of the note that a text is shown in another language than the reader's ("in Finnish"). */
	public static String shownInKey(String language) {
		return "text.in." + language;
	}

	public static String abbreviated(String text) {
		return text == null || text.length() <= DESCRIPTION_SHOWN ? text : text.substring(0, DESCRIPTION_SHOWN - 3) + "...";
	}

	/** Kilometres to one decimal, with the reader's decimal separator. */
	public static String kilometres(double km, Locale locale) {
		return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(km);
	}

	/** Names of needs joined as a sentence lists them. */
	public static String joined(List<LocalizedText> names, Locale locale) {
		return names.stream().map(name -> name.in(locale)).collect(Collectors.joining(", "));
	}
}
