package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The journal entries a test wrote, each marked with a text of its own: every acknowledged one there exactly once, nothing else. */
final class JournalWrites {

	private JournalWrites() {
	}

	static void checkExactlyOnce(String jdbcUrl, String prefix, Set<String> acknowledged, Set<String> sent) throws Exception {
		try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				var count = connection.prepareStatement("select body, count(*) from casework.journal_entry where body like ? group by body")) {
			count.setString(1, prefix + "%");
			var rows = count.executeQuery();
			List<String> found = new ArrayList<>();
			while (rows.next()) {
				assertThat(rows.getLong(2)).as("copies of %s", rows.getString(1)).isEqualTo(1);
				found.add(rows.getString(1));
			}
			assertThat(found).as("every acknowledged write is there").containsAll(acknowledged);
			assertThat(found).as("nothing but what was sent").allSatisfy(body -> assertThat(sent).contains(body));
		}
	}
}
