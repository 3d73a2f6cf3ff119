package fi.yhdessa.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.SortField;

/**
 * The fields of a service in the index: its id and what it is narrowed by as they are, its places as
 * geo points, its texts in parts per language, and its name for ordering.
 */
final class IndexFields {

	/** The service's id: a term (to replace or remove the service) and doc values (read for every result; nothing is stored). */
	static final String ID = "id";
	static final String TOPIC = "topic";
	static final String MUNICIPALITY = "municipality";
	/** "yes" when the service serves one municipality only: in a municipality's search it comes before the county's. */
	static final String LOCAL = "local";
	static final String LANGUAGE = "language";
	static final String CHANNEL = "channel";
	static final String KIND = "kind";
	static final String FREE = "free";
	static final String NO_REFERRAL = "no_referral";
	static final String MIN_AGE = "min_age";
	static final String MAX_AGE = "max_age";
	static final String PLACE = "place";
	/**
	 * The name's order in Finnish collation as numbers: the collation key's first 32 bytes (the primary weights of
	 * about sixteen letters) in four longs. A sort by numbers compares without reading the terms dictionary, which a
	 * sort by the key's bytes does for every competitive hit.
	 */
	static final String SORT_NAME = "sort_name";
	static final int SORT_NAME_PARTS = 4;

	/** The order by name, as sort fields. */
	static List<SortField> byName() {
		List<SortField> parts = new ArrayList<>();
		for (int i = 0; i < SORT_NAME_PARTS; i++) {
			parts.add(new SortField(SORT_NAME + "_" + i, SortField.Type.LONG));
		}
		return parts;
	}
	/**
	 * The same activity given in several places has one value here (else the service's id): results are grouped by it,
	 * from its doc values, and a group's places found by its term.
	 */
	static final String ACTIVITY = "activity";
	/** The words of a service's names and kinds as written, for correcting a family's typos towards. */
	static final String WORDS = "words";
	static final String YES = "yes";

	/** Ages where a service gives none: from birth, to any age. */
	static final int YOUNGEST = 0;
	static final int OLDEST = 120;

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
