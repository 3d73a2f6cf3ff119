package fi.yhdessa.directory.search;

import java.text.Collator;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
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
		document.add(new StringField(IndexFields.ID, service.id().toString(), Field.Store.NO));
		document.add(new BinaryDocValuesField(IndexFields.ID, new BytesRef(service.id().toString())));
		service.topics().forEach(code -> {
			document.add(new StringField(IndexFields.TOPIC, code, Field.Store.NO));
			document.add(new SortedSetDocValuesField(IndexFields.TOPIC, new BytesRef(code)));
		});
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
		long[] order = sortKey(service);
		for (int i = 0; i < order.length; i++) {
			document.add(new NumericDocValuesField(IndexFields.SORT_NAME + "_" + i, order[i]));
		}
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

	/**
	 * The service's Finnish name, or its first name in another language, as a key that sorts in Finnish order: the first
	 * bytes of its collation key as longs, each compared as signed numbers in the bytes' unsigned order.
	 */
	static long[] sortKey(IndexedService service) {
		String name = service.names().getOrDefault(SearchLanguage.FI,
				service.names().getOrDefault(SearchLanguage.SV, service.names().getOrDefault(SearchLanguage.EN, "")));
		byte[] key = Collator.getInstance(ORDER).getCollationKey(name.strip()).toByteArray();
		long[] parts = new long[IndexFields.SORT_NAME_PARTS];
		for (int part = 0; part < parts.length; part++) {
			long value = 0;
			for (int i = 0; i < Long.BYTES; i++) {
				int at = part * Long.BYTES + i;
				value = value << 8 | (at < key.length ? key[at] & 0xff : 0);
			}
			parts[part] = value ^ Long.MIN_VALUE;
		}
		return parts;
	}
}
