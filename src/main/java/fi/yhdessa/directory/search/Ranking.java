package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * The order of a search's results. With words: how well a service answers them, a little more for a
 * service near the family and, in a municipality's search, for one of that municipality only rather
 * than the whole county. Without words: the municipality's own first, then nearest first, then by name.
 */
final class Ranking {

	/** About one word of the query matched in a service's text. */
	private static final float LOCAL_WEIGHT = 1f;
	/** At most what two words matched in a text add; half of it at {@link #NEAR_PIVOT_METRES}. */
	private static final float NEAR_WEIGHT = 2f;
	private static final double NEAR_PIVOT_METRES = 10_000;

	private final QueryBuilding queries;
	private final SearchQuery search;
	private final QueryBuilding.Meaning meaning;

	Ranking(QueryBuilding queries, SearchQuery search, QueryBuilding.Meaning meaning) {
		this.queries = queries;
		this.search = search;
		this.meaning = meaning;
	}

	Query query(IndexReader index) throws IOException {
		boolean words = !search.text().isEmpty();
		Query matching = words ? queries.query(search.text(), search.asYouType(), meaning, index) : new MatchAllDocsQuery();
		BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
		if (search.filters().municipality() != null) {
			Query local = new ConstantScoreQuery(new TermQuery(new Term(IndexFields.LOCAL, IndexFields.YES)));
			ranked.add(new BoostQuery(local, LOCAL_WEIGHT), BooleanClause.Occur.SHOULD);
		}
		if (words && search.near() != null) {
			ranked.add(LatLonPoint.newDistanceFeatureQuery(IndexFields.PLACE, NEAR_WEIGHT, search.near().latitude(), search.near().longitude(),
					NEAR_PIVOT_METRES), BooleanClause.Occur.SHOULD);
		}
		return search.filters().narrow(ranked.build());
	}

	/** The query kept to what the search's filters allow, without its words: an activity's places. */
	Query filtered(Query query) {
		return search.filters().narrow(query);
	}

	/** An activity's other places: the nearest first when the family's place is known, then by name. */
	Sort places() {
		List<SortField> order = new ArrayList<>();
		if (search.near() != null) {
			order.add(LatLonDocValuesField.newDistanceSort(IndexFields.PLACE, search.near().latitude(), search.near().longitude()));
		}
		order.addAll(IndexFields.byName());
		return new Sort(order.toArray(SortField[]::new));
	}

	Sort sort() {
		List<SortField> order = new ArrayList<>(List.of(SortField.FIELD_SCORE));
		if (search.text().isEmpty() && search.near() != null) {
			order.add(LatLonDocValuesField.newDistanceSort(IndexFields.PLACE, search.near().latitude(), search.near().longitude()));
		}
		order.addAll(IndexFields.byName());
		return new Sort(order.toArray(SortField[]::new));
	}
}
