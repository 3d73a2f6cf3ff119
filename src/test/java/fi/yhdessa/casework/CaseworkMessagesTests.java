package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.consent.Consent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text casework shows exists in Finnish, Swedish and English: the enums' texts and every reason a request is refused with. */
class CaseworkMessagesTests {

	static final Pattern PROBLEM = Pattern.compile("(?:new Problem|SystemText\\.of)\\(\"([^\"]+)\"\\)");

	@Test
	void everyEnumAndEveryRefusalReasonHasItsTextInEveryLanguage() throws IOException {
		List<String> needed = new ArrayList<>();
		Stream.of(ClientCase.Origin.values()).map(ClientCase.Origin::messageKey).forEach(needed::add);
		Stream.of(ClientCase.Outcome.values()).map(ClientCase.Outcome::messageKey).forEach(needed::add);
		Stream.of(ClientCase.Kind.values()).map(ClientCase.Kind::messageKey).forEach(needed::add);
		Stream.of(Member.Relation.values()).map(Member.Relation::messageKey).forEach(needed::add);
		Stream.of(LifeArea.values()).map(LifeArea::messageKey).forEach(needed::add);
		Stream.of(DueState.values()).map(DueState::messageKey).forEach(needed::add);
		Stream.of(Handoff.Status.values()).map(Handoff.Status::messageKey).forEach(needed::add);
		Stream.of(WorkItem.Kind.values()).map(WorkItem.Kind::messageKey).forEach(needed::add);
		Stream.of(Consent.Decision.values()).map(Consent.Decision::messageKey).forEach(needed::add);
		Stream.of(Consent.Scope.values()).map(Consent.Scope::messageKey).forEach(needed::add);
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fi/yhdessa/casework"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher m = PROBLEM.matcher(Files.readString(source));
				while (m.find()) {
					needed.add(m.group(1));
				}
			}
		}
		assertThat(needed).contains("case.error.identityCode", "handoff.error.consent", "responsibility.opened");
		for (String language : List.of("fi", "sv", "en")) {
			Properties texts = new Properties();
			for (String bundle : List.of("casework", "consent")) {
				try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + "_" + language + ".properties")) {
					texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			assertThat(new TreeSet<>(needed).stream().filter(key -> !texts.containsKey(key)).toList()).as("missing in %s", language).isEmpty();
		}
	}
}
