package fi.yhdessa.directory.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** What a search is narrowed to: a municipality, a topic; null is any. */
public record Filters(String municipality, String topic) {

	public static Filters none() {
		return new Filters(null, null);
	}

	/** The query, kept to the services these filters allow; the filters do not change the ranking. */
	Query narrow(Query query) {
		if (municipality == null && topic == null) {
			return query;
		}
		BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
		if (municipality != null) {
			narrowed.add(new TermQuery(new Term(IndexFields.MUNICIPALITY, municipality)), BooleanClause.Occur.FILTER);
		}
		if (topic != null) {
			narrowed.add(new TermQuery(new Term(IndexFields.TOPIC, topic)), BooleanClause.Occur.FILTER);
		}
		return narrowed.build();
	}
}
