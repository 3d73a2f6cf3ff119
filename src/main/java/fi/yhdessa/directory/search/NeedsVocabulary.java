package fi.yhdessa.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Needs and life situations in a family's everyday words (a baby who does not sleep, money running
 * out), in Finnish, Swedish and English, each with the kinds of service that help, as the directory's
 * topic codes, the first the closest. A query speaks of a need when every word of one of its phrases
 * is among the query's words, in any form the language's analysis brings together; a phrase's word
 * counts whole (perhetyö is not in perhekahvila for sharing perhe), a query's word also by the parts
 * of its compounds (väkivalta is in perheväkivaltaa). The seed list is
 * {@code search/needs.json}, written for the region's services as a whole.
 */
public final class NeedsVocabulary {

	/** A need: its code, the topics that help with it, what to call it in each language, and the phrases that speak of it. */
	public record Need(String code, List<String> topics, Map<String, String> label, Map<String, List<String>> phrases) {

		public String label(SearchLanguage language) {
			return label.get(language.name().toLowerCase(Locale.ROOT));
		}
	}

	private record Phrase(Need need, List<Set<String>> words) {
	}

	private final List<Need> needs;
	private final Map<SearchLanguage, List<Phrase>> phrases = new EnumMap<>(SearchLanguage.class);

	NeedsVocabulary(List<Need> needs) {
		this.needs = List.copyOf(needs);
		for (SearchLanguage language : SearchLanguage.values()) {
			Analyzer analyzer = new TextAnalyzer(language, CompoundParts.none());
			List<Phrase> analysed = new ArrayList<>();
			for (Need need : needs) {
				for (String phrase : need.phrases().getOrDefault(language.name().toLowerCase(Locale.ROOT), List.of())) {
					List<Set<String>> words = words(analyzer, phrase);
					if (!words.isEmpty()) {
						analysed.add(new Phrase(need, words));
					}
				}
			}
			phrases.put(language, analysed);
		}
	}

	/** The seed list of {@code search/needs.json}. */
	static List<Need> seed() {
		try (InputStream json = NeedsVocabulary.class.getResourceAsStream("/search/needs.json")) {
			return JsonMapper.builder().build().readValue(json, new TypeReference<List<Need>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<Need> needs() {
		return needs;
	}

	/** The needs the words speak of, in the order of the vocabulary. */
	List<Need> understood(String text, Map<SearchLanguage, Analyzer> analyzers) {
		Set<Need> found = new LinkedHashSet<>();
		analyzers.forEach((language, analyzer) -> {
			List<Set<String>> query = words(analyzer, text);
			for (Phrase phrase : phrases.getOrDefault(language, List.of())) {
				if (phrase.words().stream().allMatch(word -> query.stream().anyMatch(asked -> !Collections.disjoint(word, asked)))) {
					found.add(phrase.need());
				}
			}
		});
		return List.copyOf(found);
	}

	/** Each word of the text as the terms the analysis makes of it; stop words make none and are left out. */
	private static List<Set<String>> words(Analyzer analyzer, String text) {
		List<Set<String>> words = new ArrayList<>();
		for (String word : QueryBuilding.words(text)) {
			Set<String> terms = new LinkedHashSet<>();
			try (TokenStream stream = analyzer.tokenStream("need", word)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					terms.add(term.toString());
				}
				stream.end();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			if (!terms.isEmpty()) {
				words.add(terms);
			}
		}
		return words;
	}
}
