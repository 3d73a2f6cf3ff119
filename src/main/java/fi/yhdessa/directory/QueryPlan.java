package fi.yhdessa.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text-search queries of one search, as SQL over bound parameters: one query per word (its
 * Finnish, Swedish, English and plain forms, or all its compound parts), one per synonym
 * expansion, the union of them all, and the exact words for the name bonus.
 */
final class QueryPlan {

	private static final List<String> CONFIGS = List.of("finnish", "swedish", "english", "simple");

	private final Map<String, Object> params = new HashMap<>();
	private final List<String> words = new ArrayList<>();
	private final List<String> expansions = new ArrayList<>();
	private String exact = "''::tsquery";

	void addWord(String word, boolean prefix) {
		String alternatives = forms(word, prefix);
		List<String> parts = Decompounder.parts(word);
		if (!parts.isEmpty()) {
			alternatives += " || (" + parts.stream().map(part -> "(" + forms(part, false) + ")").collect(Collectors.joining(" && ")) + ")";
		}
		words.add("(" + alternatives + ")");
	}

	void addExpansion(List<String> expansionWords) {
		if (!expansionWords.isEmpty()) {
			expansions.add(expansionWords.stream().map(word -> {
				List<String> parts = Decompounder.parts(word);
				String alternatives = forms(word, false);
				if (!parts.isEmpty()) {
					alternatives += " || (" + parts.stream().map(part -> "(" + forms(part, false) + ")").collect(Collectors.joining(" && ")) + ")";
				}
				return "(" + alternatives + ")";
			}).collect(Collectors.joining(" && ", "(", ")")));
		}
	}

	void exact(List<String> exactWords) {
		String name = bind(exactWords.stream().map(QueryPlan::quoted).collect(Collectors.joining(" & ")));
		exact = "to_tsquery('simple', :" + name + ")";
	}

	/** Columns w0…, e0…, query and exact of the subquery {@code q}. */
	String selectQueries() {
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			columns.add(words.get(i) + " as w" + i);
		}
		for (int i = 0; i < expansions.size(); i++) {
			columns.add(expansions.get(i) + " as e" + i);
		}
		List<String> all = new ArrayList<>(words);
		all.addAll(expansions);
		columns.add("(" + String.join(" || ", all) + ") as query");
		columns.add(exact + " as exact");
		return String.join(", ", columns);
	}

	/**
	 * How much of the search a service covers: each word counts once, each synonym expansion twice.
	 * The queries are the text of the columns of {@link #selectQueries()}, bound by the same names.
	 */
	String coverage() {
		List<String> terms = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			terms.add("(s.document @@ cast(:w" + i + " as tsquery))::int");
		}
		for (int i = 0; i < expansions.size(); i++) {
			terms.add("2 * (s.document @@ cast(:e" + i + " as tsquery))::int");
		}
		return String.join(" + ", terms);
	}

	Map<String, Object> params() {
		return params;
	}

	/**
	 * The word's stems in each language; a word still being typed also as the beginning of an
	 * indexed word, unstemmed — a stem as a prefix ({@code perheille} → {@code perh:*}) would find
	 * nearly everything.
	 */
	private String forms(String word, boolean prefix) {
		String name = bind(quoted(word));
		String stems = CONFIGS.stream().map(config -> "to_tsquery('" + config + "', :" + name + ")").collect(Collectors.joining(" || "));
		return prefix ? stems + " || to_tsquery('simple', :" + bind(quoted(word) + ":*") + ")" : stems;
	}

	private String bind(String value) {
		String name = "t" + params.size();
		params.put(name, value);
		return name;
	}

	/** Words are letters and digits only (see {@link TextFolding#words}), so quoting needs no escaping. */
	private static String quoted(String word) {
		return "'" + word + "'";
	}
}
