package fi.yhdessa.directory.search;

import java.util.Locale;

/** The fields of a service in the index: its id, topics and municipalities as they are, and its texts in parts per language. */
final class IndexFields {

	static final String ID = "id";
	static final String TOPIC = "topic";
	static final String MUNICIPALITY = "municipality";

	private IndexFields() {
	}

	/** What a service's text is made of, each weighted by how much it says about the service. */
	enum Part {
		NAME(3f), KIND(2f), TEXT(1f);

		final float weight;

		Part(float weight) {
			this.weight = weight;
		}

		/** The field of this part in a language, analysed by that language's {@link TextAnalyzer}. */
		String field(SearchLanguage language) {
			return name().toLowerCase(Locale.ROOT) + "_" + language.name().toLowerCase(Locale.ROOT);
		}

		static Part of(String field) {
			return valueOf(field.substring(0, field.indexOf('_')).toUpperCase(Locale.ROOT));
		}
	}
}
