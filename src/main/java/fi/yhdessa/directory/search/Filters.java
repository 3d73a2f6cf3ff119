package fi.yhdessa.directory.search;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What a search is narrowed to; null (or false) is any.
 *
 * @param ageFrom with {@code ageTo}, services for some age in this range
 * @param among only these services (those open now, which the index does not know); null is all
 */
public record Filters(String municipality, String topic, Integer ageFrom, Integer ageTo, String language, String channel, String kind, boolean free,
		boolean noReferral, Collection<UUID> among, Area area) {

	/** Around a point: services with a place this near it. */
	public record Area(IndexedService.Point centre, double km) {
	}

	public Filters(String municipality, String topic, Integer ageFrom, Integer ageTo, String language, String channel, String kind, boolean free,
			boolean noReferral, Collection<UUID> among) {
		this(municipality, topic, ageFrom, ageTo, language, channel, kind, free, noReferral, among, null);
	}

	public static Filters none() {
		return new Filters(null, null, null, null, null, null, null, false, false, null);
	}

	public Filters inMunicipality(String code) {
		return new Filters(code, topic, ageFrom, ageTo, language, channel, kind, free, noReferral, among, area);
	}

	public Filters onTopic(String code) {
		return new Filters(municipality, code, ageFrom, ageTo, language, channel, kind, free, noReferral, among, area);
	}

	public Filters around(Area within) {
		return new Filters(municipality, topic, ageFrom, ageTo, language, channel, kind, free, noReferral, among, within);
	}

	/** The query, kept to the services these filters allow; the filters do not change the ranking. */
	Query narrow(Query query) {
		BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
		term(narrowed, IndexFields.MUNICIPALITY, municipality);
		term(narrowed, IndexFields.TOPIC, topic);
		term(narrowed, IndexFields.LANGUAGE, language);
		term(narrowed, IndexFields.CHANNEL, channel);
		term(narrowed, IndexFields.KIND, kind);
		term(narrowed, IndexFields.FREE, free ? IndexFields.YES : null);
		term(narrowed, IndexFields.NO_REFERRAL, noReferral ? IndexFields.YES : null);
		if (ageFrom != null && ageTo != null) {
			narrowed.add(IntPoint.newRangeQuery(IndexFields.MIN_AGE, Integer.MIN_VALUE, ageTo), BooleanClause.Occur.FILTER);
			narrowed.add(IntPoint.newRangeQuery(IndexFields.MAX_AGE, ageFrom, Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
		}
		if (area != null) {
			narrowed.add(LatLonPoint.newDistanceQuery(IndexFields.PLACE, area.centre().latitude(), area.centre().longitude(), area.km() * 1000),
					BooleanClause.Occur.FILTER);
		}
		if (among != null) {
			List<BytesRef> ids = among.stream().map(id -> new BytesRef(id.toString())).toList();
			narrowed.add(new TermInSetQuery(IndexFields.ID, ids), BooleanClause.Occur.FILTER);
		}
		return narrowed.build();
	}

	private static void term(BooleanQuery.Builder narrowed, String field, String value) {
		if (value != null) {
			narrowed.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
		}
	}
}
