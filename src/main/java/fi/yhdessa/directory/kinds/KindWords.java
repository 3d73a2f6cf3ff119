package fi.yhdessa.directory.kinds;

import fi.yhdessa.platform.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's kinds of service (its topics, which the needs point to) recognised in another catalogue's
 * vocabulary ({@code search/kind-words.json}): a term's URI exactly (PTV's service classes, ontology terms, target
 * groups), or the words of a name in Finnish, Swedish or English — a PTV term's, an HSDS taxonomy term's, or a
 * service's own name when its source gives no term the directory knows — so that terms the list never named still
 * find their kind by what they are called.
 */
public final class KindWords {

	private static final KindWords LOADED = read();

	private final Map<String, String> byUri = new LinkedHashMap<>();
	private final Map<String, List<Pattern>> byWords = new LinkedHashMap<>();

	private KindWords() {
	}

	public static KindWords load() {
		return LOADED;
	}

	private static KindWords read() {
		try (InputStream in = KindWords.class.getResourceAsStream("/search/kind-words.json")) {
			if (in == null) {
				throw new IllegalStateException("search/kind-words.json is missing from the class path");
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			KindWords kinds = new KindWords();
			root.path("uris").properties().forEach(entry -> kinds.byUri.put(entry.getKey(), entry.getValue().asString()));
			root.path("words").properties().forEach(entry -> {
				List<Pattern> patterns = new ArrayList<>();
				entry.getValue().forEach(word -> patterns.add(pattern(word.asString())));
				kinds.byWords.put(entry.getKey(), patterns);
			});
			return kinds;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A word's beginning, or with a leading {@code *} any part of a word. */
	private static Pattern pattern(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return lower.startsWith("*") ? Pattern.compile(Pattern.quote(lower.substring(1))) : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower));
	}

	/** The kinds (topic codes) of terms known by URI, in the order of the mapping. */
	public Set<String> ofUris(Collection<String> uris) {
		Set<String> kinds = new LinkedHashSet<>();
		uris.stream().filter(Objects::nonNull).map(byUri::get).filter(Objects::nonNull).forEach(kinds::add);
		return kinds;
	}

	/** The kinds (topic codes) the names speak of, in the order of the mapping. */
	public Set<String> ofNames(Collection<LocalizedText> names) {
		Set<String> kinds = new LinkedHashSet<>();
		for (LocalizedText name : names) {
			if (name == null) {
				continue;
			}
			String text = String.join(" | ", Stream.of(name.fi(), name.sv(), name.en()).filter(Objects::nonNull).map(n -> n.toLowerCase(Locale.ROOT)).toList());
			byWords.forEach((kind, patterns) -> {
				if (patterns.stream().anyMatch(p -> p.matcher(text).find())) {
					kinds.add(kind);
				}
			});
		}
		return kinds;
	}
}
