package fi.yhdessa.directory.search;

import java.text.Collator;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** A service as a Lucene document: the fields of {@link IndexFields}. */
final class ServiceDocument {

	/** Names are ordered as a Finnish reader expects (å, ä and ö after z). */
	private static final Locale ORDER = Locale.of("fi");

	private ServiceDocument() {
	}

	static Document of(IndexedService service) {
		Document document = new Document();
		document.add(new StringField(IndexFields.ID, service.id().toString(), Field.Store.YES));
		document.add(new BinaryDocValuesField(IndexFields.ID, new BytesRef(service.id().toString())));
		service.topics().forEach(code -> document.add(new StringField(IndexFields.TOPIC, code, Field.Store.YES)));
		service.municipalities().forEach(code -> document.add(new StringField(IndexFields.MUNICIPALITY, code, Field.Store.NO)));
		if (service.municipalities().size() == 1) {
			document.add(new StringField(IndexFields.LOCAL, IndexFields.YES, Field.Store.NO));
		}
		service.names().forEach((language, name) -> document.add(new TextField(IndexFields.Part.NAME.field(language), name, Field.Store.NO)));
		service.kinds().forEach((language, kinds) -> kinds.forEach(kind -> document.add(new TextField(IndexFields.Part.KIND.field(language), kind, Field.Store.NO))));
		service.descriptions().forEach((language, text) -> document.add(new TextField(IndexFields.Part.TEXT.field(language), text, Field.Store.NO)));
		service.names().values().forEach(name -> document.add(new TextField(IndexFields.WORDS, name, Field.Store.NO)));
		service.kinds().values().forEach(kinds -> kinds.forEach(kind -> document.add(new TextField(IndexFields.WORDS, kind, Field.Store.NO))));
		traits(document, service.traits());
		document.add(new SortedDocValuesField(IndexFields.SORT_NAME, sortKey(service)));
		String activity = service.traits().activity();
		BytesRef key = new BytesRef(activity == null ? service.id().toString() : activity);
		document.add(new SortedDocValuesField(IndexFields.ACTIVITY, key));
		document.add(new StringField(IndexFields.ACTIVITY, key, Field.Store.NO));
		return document;
	}

	private static void traits(Document document, IndexedService.Traits traits) {
		document.add(new StringField(IndexFields.KIND, traits.kind(), Field.Store.NO));
		traits.languages().forEach(language -> document.add(new StringField(IndexFields.LANGUAGE, language, Field.Store.NO)));
		traits.channels().forEach(channel -> document.add(new StringField(IndexFields.CHANNEL, channel, Field.Store.NO)));
		if (traits.free()) {
			document.add(new StringField(IndexFields.FREE, IndexFields.YES, Field.Store.NO));
		}
		if (traits.noReferral()) {
			document.add(new StringField(IndexFields.NO_REFERRAL, IndexFields.YES, Field.Store.NO));
		}
		document.add(new IntPoint(IndexFields.MIN_AGE, traits.minAge() == null ? IndexFields.YOUNGEST : traits.minAge()));
		document.add(new IntPoint(IndexFields.MAX_AGE, traits.maxAge() == null ? IndexFields.OLDEST : traits.maxAge()));
		for (IndexedService.Point place : traits.places()) {
			document.add(new LatLonPoint(IndexFields.PLACE, place.latitude(), place.longitude()));
			document.add(new LatLonDocValuesField(IndexFields.PLACE, place.latitude(), place.longitude()));
		}
	}

	/** The service's Finnish name, or its first name in another language, as a key that sorts in Finnish order. */
	private static BytesRef sortKey(IndexedService service) {
		String name = service.names().getOrDefault(SearchLanguage.FI,
				service.names().getOrDefault(SearchLanguage.SV, service.names().getOrDefault(SearchLanguage.EN, "")));
		Collator collator = Collator.getInstance(ORDER);
		return new BytesRef(collator.getCollationKey(name.strip()).toByteArray());
	}
}
