package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.search.NeedsVocabulary;
import fi.yhdessa.directory.search.SearchChanges;
import fi.yhdessa.directory.search.SearchCounting;
import fi.yhdessa.directory.search.ServiceDocuments;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Editors keep the needs vocabulary: the everyday phrases that speak of each need; a change is in every node's search within a second. */
@Component
class NeedsEditing {

	private final JdbcClient jdbc;
	private final SearchChanges changes;

	NeedsEditing(JdbcClient jdbc, SearchChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	List<NeedsVocabulary.Need> needs() {
		return new ServiceDocuments(jdbc).needs();
	}

	/**
	 * Adds a need with its first phrase; its code is made of its Finnish name.
	 *
	 * @return the new need's code
	 */
	@Transactional
	String addNeed(NewNeedForm form, String by) {
		String code = Codes.unused(Codes.of(form.getLabelFi()), candidate -> jdbc.sql("select count(*) from directory.need where code = :code")
			.param("code", candidate).query(Long.class).single() > 0);
		jdbc.sql("""
				insert into directory.need (code, topics, label_fi, label_sv, label_en, phrases_%s, updated_by)
				values (:code, :topics, :fi, :sv, :en, array[cast(:phrase as text)], :by)
				""".formatted(form.getPhraseLanguage()))
			.param("code", code)
			.param("topics", form.getKinds().toArray(String[]::new))
			.param("fi", form.getLabelFi())
			.param("sv", form.getLabelSv())
			.param("en", form.getLabelEn())
			.param("phrase", SearchCounting.normalized(form.getFirstPhrase()))
			.param("by", by)
			.update();
		changes.wordsChanged();
		return code;
	}

	/**
	 * Adds a kind of service (a topic) that services can be given and needs can point to; its code is made of its
	 * Finnish name.
	 *
	 * @return the new kind's code
	 */
	@Transactional
	String addKind(NewKindForm form) {
		String code = Codes.unused(Codes.of(form.getNameFi()), candidate -> jdbc.sql("select count(*) from directory.taxonomy_term where code = :code")
			.param("code", candidate).query(Long.class).single() > 0);
		jdbc.sql("insert into directory.taxonomy_term (id, code, name_fi, name_sv, name_en) values (:id, :code, :fi, :sv, :en)")
			.param("id", java.util.UUID.nameUUIDFromBytes(("yhdessa/topic/" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("code", code)
			.param("fi", form.getNameFi())
			.param("sv", form.getNameSv())
			.param("en", form.getNameEn())
			.update();
		return code;
	}

	/**
	 * Adds an everyday phrase to a need, in one of the three languages.
	 *
	 * @return false when the need has the phrase already, or there is no such need
	 */
	@Transactional
	boolean addPhrase(String need, String language, String phrase, String by) {
		String column = switch (language) {
			case "fi", "sv", "en" -> "phrases_" + language;
			default -> throw new IllegalArgumentException("No such language: " + language);
		};
		int added = jdbc.sql("update directory.need set %1$s = array_append(%1$s, :phrase), updated_by = :by, updated_at = now() where code = :need and not (:phrase = any(%1$s))"
			.formatted(column))
			.param("phrase", SearchCounting.normalized(phrase))
			.param("by", by)
			.param("need", need)
			.update();
		if (added > 0) {
			changes.wordsChanged();
		}
		return added > 0;
	}
}
