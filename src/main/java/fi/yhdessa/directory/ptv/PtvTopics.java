package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.ptv.PtvRecords.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PTV's service classes, ontology terms, target groups and life events as the directory's topics, the kinds of
 * service that needs point to ({@code ptv/topics.json}): a term's URI exactly, or the words of its names in Finnish,
 * Swedish or English, so that terms the list never named still find their topic by what they are called.
 */
final class PtvTopics {

	private final Map<String, String> byUri = new LinkedHashMap<>();
	private final Map<String, List<Pattern>> byWords = new LinkedHashMap<>();

	private PtvTopics() {
	}

	static PtvTopics load() {
		try (InputStream in = PtvTopics.class.getResourceAsStream("/ptv/topics.json")) {
			if (in == null) {
				throw new IllegalStateException("ptv/topics.json is missing from the class path");
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			PtvTopics topics = new PtvTopics();
			root.path("uris").properties().forEach(entry -> topics.byUri.put(entry.getKey(), entry.getValue().asString()));
			root.path("words").properties().forEach(entry -> {
				List<Pattern> patterns = new ArrayList<>();
				entry.getValue().forEach(word -> patterns.add(pattern(word.asString())));
				topics.byWords.put(entry.getKey(), patterns);
			});
			return topics;
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

	/** The topic codes the terms give, in the order of the mapping. */
	Set<String> of(List<Term> terms) {
		Set<String> topics = new LinkedHashSet<>();
		for (Term term : terms) {
			if (term.uri() != null && byUri.containsKey(term.uri())) {
				topics.add(byUri.get(term.uri()));
			}
			if (term.name() == null) {
				continue;
			}
			String names = String.join(" | ", java.util.stream.Stream.of(term.name().fi(), term.name().sv(), term.name().en())
				.filter(java.util.Objects::nonNull)
				.map(name -> name.toLowerCase(Locale.ROOT))
				.toList());
			byWords.forEach((topic, patterns) -> {
				if (patterns.stream().anyMatch(pattern -> pattern.matcher(names).find())) {
					topics.add(topic);
				}
			});
		}
		return topics;
	}
}
