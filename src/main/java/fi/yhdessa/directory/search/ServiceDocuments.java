package fi.yhdessa.directory.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directory's published services as the index takes them, read from PostgreSQL, the one source of truth. */
public final class ServiceDocuments {

	private static final String SELECT = """
			select s.id, s.name_fi, s.name_sv, s.name_en, s.description_fi, s.description_sv, s.description_en, s.municipality_codes,
			  s.kind, s.languages, s.free_of_charge, s.no_referral, s.min_age, s.max_age,
			  s.kind || '|' || lower(regexp_replace(coalesce(s.description_fi, s.description_sv, s.description_en, ''), '\s+', ' ', 'g')) as activity,
			  array(select distinct c.kind from directory.channel c where c.service_id = s.id) as channels,
			  array(select l.latitude || ',' || l.longitude from directory.service_at_location sal join directory.location l on l.id = sal.location_id
			        where sal.service_id = s.id and l.latitude is not null and l.longitude is not null) as places,
			  array_remove(array_agg(t.code order by t.code), null) as topics,
			  array_remove(array_agg(t.name_fi order by t.code), null) as kinds_fi,
			  array_remove(array_agg(t.name_sv order by t.code), null) as kinds_sv,
			  array_remove(array_agg(t.name_en order by t.code), null) as kinds_en
			from directory.service s
			left join directory.service_topic st on st.service_id = s.id
			left join directory.taxonomy_term t on t.id = st.term_id
			where s.state = 'PUBLISHED' %s
			group by s.id""";

	/** The shortest description by which services are taken for one activity. */
	private static final int SAME_ACTIVITY_FROM = 40;

	private final JdbcClient jdbc;

	public ServiceDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every published service. */
	public List<IndexedService> all() {
		return jdbc.sql(SELECT.formatted("")).query(ServiceDocuments::service).list();
	}

	/** Those of these services that are published. */
	public List<IndexedService> of(Collection<UUID> ids) {
		return jdbc.sql(SELECT.formatted("and s.id = any(:ids)")).param("ids", ids.toArray(UUID[]::new)).query(ServiceDocuments::service).list();
	}

	/** The needs vocabulary as editors keep it; the seed list until it has been written ({@link NeedsVocabulary#seedInto}). */
	public List<NeedsVocabulary.Need> needs() {
		List<NeedsVocabulary.Need> needs = jdbc.sql("select * from directory.need order by code").query((row, n) -> new NeedsVocabulary.Need(row.getString("code"),
				strings(row.getArray("topics")), Map.of("fi", row.getString("label_fi"), "sv", row.getString("label_sv"), "en", row.getString("label_en")),
				Map.of("fi", strings(row.getArray("phrases_fi")), "sv", strings(row.getArray("phrases_sv")), "en", strings(row.getArray("phrases_en")))))
			.list();
		return needs.isEmpty() ? NeedsVocabulary.seed() : needs;
	}

	/** The editors' synonyms. */
	public List<SynonymRule> synonyms() {
		return jdbc.sql("select phrase, expansion, language from directory.synonym order by phrase, expansion")
			.query((row, n) -> new SynonymRule(row.getString("phrase"), row.getString("expansion"),
					SearchLanguage.valueOf(row.getString("language").toUpperCase(Locale.ROOT))))
			.list();
	}

	private static IndexedService service(ResultSet row, int number) throws SQLException {
		return new IndexedService(row.getObject("id", UUID.class), texts(row, "name"), texts(row, "description"), strings(row.getArray("topics")),
				Map.of(SearchLanguage.FI, strings(row.getArray("kinds_fi")), SearchLanguage.SV, strings(row.getArray("kinds_sv")), SearchLanguage.EN,
						strings(row.getArray("kinds_en"))),
				strings(row.getArray("municipality_codes")), traits(row));
	}

	private static IndexedService.Traits traits(ResultSet row) throws SQLException {
		List<IndexedService.Point> places = strings(row.getArray("places")).stream().map(place -> place.split(","))
			.map(point -> new IndexedService.Point(Double.parseDouble(point[0]), Double.parseDouble(point[1])))
			.filter(IndexedService.Point::onEarth)
			.toList();
		return new IndexedService.Traits(row.getString("kind"), strings(row.getArray("languages")), strings(row.getArray("channels")),
				row.getBoolean("free_of_charge"), row.getBoolean("no_referral"), (Integer) row.getObject("min_age"), (Integer) row.getObject("max_age"),
				places, activity(row.getString("activity")));
	}

	/**
	 * A short key of the kind and description: services of one kind described in the same words are the
	 * same activity given in several places (as a county's or an association's activity in each
	 * municipality is); null for a description too short to tell one activity from another.
	 */
	private static String activity(String kindAndDescription) {
		String description = kindAndDescription.substring(kindAndDescription.indexOf('|') + 1);
		return description.length() < SAME_ACTIVITY_FROM ? null
				: UUID.nameUUIDFromBytes(kindAndDescription.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
	}

	private static Map<SearchLanguage, String> texts(ResultSet row, String column) throws SQLException {
		Map<SearchLanguage, String> texts = new EnumMap<>(SearchLanguage.class);
		for (SearchLanguage language : SearchLanguage.values()) {
			String text = row.getString(column + "_" + language.name().toLowerCase(Locale.ROOT));
			if (text != null && !text.isBlank()) {
				texts.put(language, text);
			}
		}
		return texts;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
