package fi.yhdessa.directory;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each service's search document: its names (weight A), topics (B) and descriptions (C) in
 * Finnish, Swedish and English, each stemmed by its own language, with the parts of compound words
 * added, and where it is given (D); and the vocabulary that typo tolerance corrects towards.
 */
@Component
class SearchIndex {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batches;
	private final Network network;
	private final SearchCache cache;

	SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batches, Network network, SearchCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.batches = batches;
		this.network = network;
	}

	/** Rebuilds the search documents of these services; their update is batched, for imports and the region scale. */
	void reindex(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		cache.changed();
		Map<String, String> municipalityNames = network.municipalities().stream()
			.collect(Collectors.toMap(Municipality::code, m -> m.nameFi() + " " + m.nameSv()));
		Map<UUID, String> organisationNames = new HashMap<>();
		List<Row> rows = jdbc.sql("""
				select s.id, s.organisation_id, s.name_fi, s.name_sv, s.name_en, s.description_fi, s.description_sv, s.description_en, s.municipality_codes,
				  coalesce(string_agg(t.name_fi, ' '), '') as topics_fi, coalesce(string_agg(t.name_sv, ' '), '') as topics_sv,
				  coalesce(string_agg(t.name_en, ' '), '') as topics_en
				from directory.service s
				left join directory.service_topic st on st.service_id = s.id
				left join directory.taxonomy_term t on t.id = st.term_id
				where s.id = any(:ids::uuid[])
				group by s.id
				""")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("name_fi"),
					rs.getString("name_sv"), rs.getString("name_en"), rs.getString("description_fi"), rs.getString("description_sv"),
					rs.getString("description_en"), List.of((String[]) rs.getArray("municipality_codes").getArray()), rs.getString("topics_fi"),
					rs.getString("topics_sv"), rs.getString("topics_en")))
			.list();
		Set<String> vocabulary = new LinkedHashSet<>();
		List<SqlParameterSource> updates = new ArrayList<>();
		for (Row row : rows) {
			String organisation = organisationNames.computeIfAbsent(row.organisationId(), id -> network.organisation(new OrganisationId(id))
				.map(Organisation::name)
				.map(name -> Stream.of(name.fi(), name.sv(), name.en()).filter(s -> s != null).collect(Collectors.joining(" ")))
				.orElse(""));
			String where = organisation + " " + row.municipalityCodes().stream().map(code -> municipalityNames.getOrDefault(code, ""))
				.collect(Collectors.joining(" "));
			updates.add(new MapSqlParameterSource()
				.addValue("id", row.id())
				.addValue("nameFi", indexed(row.nameFi()))
				.addValue("nameSv", indexed(row.nameSv()))
				.addValue("nameEn", indexed(row.nameEn()))
				.addValue("topicsFi", indexed(row.topicsFi()))
				.addValue("topicsSv", indexed(row.topicsSv()))
				.addValue("topicsEn", indexed(row.topicsEn()))
				.addValue("descFi", indexed(row.descriptionFi()))
				.addValue("descSv", indexed(row.descriptionSv()))
				.addValue("descEn", indexed(row.descriptionEn()))
				.addValue("where", TextFolding.fold(where))
				.addValue("names", String.join(" ", TextFolding.words(nullToEmpty(row.nameFi()) + " " + nullToEmpty(row.nameSv()) + " "
						+ nullToEmpty(row.nameEn())))));
			Stream.of(row.nameFi(), row.nameSv(), row.nameEn(), row.topicsFi(), row.topicsSv(), row.topicsEn(), row.descriptionFi(),
					row.descriptionSv(), row.descriptionEn())
				.map(SearchIndex::indexed)
				.flatMap(text -> TextFolding.words(text).stream())
				.filter(word -> word.length() >= 3 && !word.chars().allMatch(Character::isDigit))
				.forEach(vocabulary::add);
		}
		for (int from = 0; from < updates.size(); from += BATCH) {
			batches.batchUpdate("""
					update directory.service set document =
					    setweight(to_tsvector('finnish', :nameFi), 'A') || setweight(to_tsvector('swedish', :nameSv), 'A')
					 || setweight(to_tsvector('english', :nameEn), 'A')
					 || setweight(to_tsvector('finnish', :topicsFi), 'B') || setweight(to_tsvector('swedish', :topicsSv), 'B')
					 || setweight(to_tsvector('english', :topicsEn), 'B')
					 || setweight(to_tsvector('finnish', :descFi), 'C') || setweight(to_tsvector('swedish', :descSv), 'C')
					 || setweight(to_tsvector('english', :descEn), 'C')
					 || setweight(to_tsvector('simple', :where), 'D'),
					  name_words = to_tsvector('simple', :names)
					where id = :id
					""", updates.subList(from, Math.min(updates.size(), from + BATCH)).toArray(SqlParameterSource[]::new));
		}
		if (!vocabulary.isEmpty()) {
			jdbc.sql("insert into directory.search_word (word) select unnest(:words::text[]) on conflict do nothing")
				.param("words", new ArrayList<>(vocabulary).toArray(String[]::new))
				.update();
		}
	}

	/** Folded, with the parts of compound words added. */
	static String indexed(String text) {
		return Decompounder.withParts(TextFolding.fold(nullToEmpty(text)));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private record Row(UUID id, UUID organisationId, String nameFi, String nameSv, String nameEn, String descriptionFi, String descriptionSv,
			String descriptionEn, List<String> municipalityCodes, String topicsFi, String topicsSv, String topicsEn) {
	}
}
