package fi.yhdessa.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Needs and life situations in a family's everyday words (a baby who does not sleep, money running
 * out), in Finnish, Swedish and English, each with the kinds of service that help, as the directory's
 * topic codes, the first the closest. A query speaks of a need when it holds one of the need's
 * phrases ({@link Phrases}). The seed list is
 * {@code search/needs.json}, written for the region's services as a whole.
 */
public final class NeedsVocabulary {

	/** A need: its code, the topics that help with it, what to call it in each language, and the phrases that speak of it. */
	public record Need(String code, List<String> topics, Map<String, String> label, Map<String, List<String>> phrases) {

		public String label(SearchLanguage language) {
			return label.get(language.name().toLowerCase(Locale.ROOT));
		}
	}

	private final List<Need> needs;
	private final Phrases<Need> phrases = new Phrases<>();

	NeedsVocabulary(List<Need> needs) {
		this.needs = List.copyOf(needs);
		for (Need need : needs) {
			for (SearchLanguage language : SearchLanguage.values()) {
				need.phrases().getOrDefault(language.name().toLowerCase(Locale.ROOT), List.of()).forEach(phrase -> phrases.add(language, phrase, need));
			}
		}
	}

	/** Writes the seed list into an empty vocabulary table; on several nodes at once, the first one's stays. */
	public static void seedInto(JdbcClient jdbc) {
		for (Need need : seed()) {
			jdbc.sql("""
					insert into directory.need (code, topics, label_fi, label_sv, label_en, phrases_fi, phrases_sv, phrases_en, updated_by)
					values (:code, :topics, :fi, :sv, :en, :pfi, :psv, :pen, 'seed') on conflict (code) do nothing
					""")
				.param("code", need.code())
				.param("topics", need.topics().toArray(String[]::new))
				.param("fi", need.label().get("fi"))
				.param("sv", need.label().get("sv"))
				.param("en", need.label().get("en"))
				.param("pfi", need.phrases().getOrDefault("fi", List.of()).toArray(String[]::new))
				.param("psv", need.phrases().getOrDefault("sv", List.of()).toArray(String[]::new))
				.param("pen", need.phrases().getOrDefault("en", List.of()).toArray(String[]::new))
				.update();
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

	/** The words of the text that describe a need in a sentence (rahat ei riitä), rather than name a service. */
	Set<String> wordsDescribingNeeds(String text, Map<SearchLanguage, Analyzer> analyzers) {
		return phrases.wordsOfSentences(text, analyzers);
	}

	/** The needs the words speak of. */
	List<Need> understood(String text, Map<SearchLanguage, Analyzer> analyzers) {
		return List.copyOf(phrases.heldBy(text, analyzers));
	}
}
