package fi.yhdessa.directory;

import fi.yhdessa.directory.search.NeedsVocabulary;
import fi.yhdessa.directory.search.SearchChanges;
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
