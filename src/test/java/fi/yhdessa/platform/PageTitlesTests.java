package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page's window title ends with "– Yhdessä" in each language, so that a tab or a screen
 * reader's list of windows names the service: a title is either an expression that adds it, or
 * messages that end with it in Finnish, Swedish and English (a key built from a variable stands
 * for every key of that shape).
 */
class PageTitlesTests {

	private static final String SUFFIX = "– Yhdessä";
	private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>");
	private static final Pattern TEXT = Pattern.compile("th:text=\"([^\"]*)\"");
	/** A message key, literal ({@code #{key}}) or built around one variable ({@code #{'a.' + ${x} + '.b'}}). */
	private static final Pattern KEY = Pattern.compile("#\\{(?:([\\w.]+)|'([\\w.]*)' \\+ \\$\\{\\w+} \\+ '([\\w.]*)')");
	/** Titles that are not a page's own: the welfare report's PDF, and the layout that shows each page's title. */
	private static final Set<String> NOT_PAGES = Set.of("insight/report-pdf.html", "fragments/layout.html");

	@Test
	void everyPagesTitleEndsWithTheServicesNameInEveryLanguage() throws IOException {
		Map<String, Properties> bundles = Map.of("fi", bundle("fi"), "sv", bundle("sv"), "en", bundle("en"));
		List<String> wrong = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(TemplatesTests.TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String name = TemplatesTests.TEMPLATES.relativize(template).toString();
				Matcher title = TITLE.matcher(Files.readString(template));
				if (NOT_PAGES.contains(name) || !title.find()) {
					continue;
				}
				Matcher text = TEXT.matcher(title.group());
				if (!text.find()) {
					wrong.add(name + ": a title without th:text");
					continue;
				}
				String expression = text.group(1);
				if (expression.contains("' " + SUFFIX + "'")) {
					continue;
				}
				Matcher key = KEY.matcher(expression);
				boolean anyKey = false;
				while (key.find()) {
					anyKey = true;
					Pattern keys = Pattern.compile(key.group(1) != null ? Pattern.quote(key.group(1)) : Pattern.quote(key.group(2)) + "[\\w]+" + Pattern.quote(key.group(3)));
					bundles.forEach((language, messages) -> messages.stringPropertyNames().stream()
						.filter(k -> keys.matcher(k).matches())
						.filter(k -> !messages.getProperty(k).strip().endsWith(SUFFIX))
						.forEach(k -> wrong.add(name + ": " + k + " (" + language + ") = " + messages.getProperty(k))));
				}
				if (!anyKey) {
					wrong.add(name + ": " + expression);
				}
			}
		}
		assertThat(wrong).as("page titles that do not end with " + SUFFIX).isEmpty();
	}

	private static Properties bundle(String language) throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_" + language + ".properties")).toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}
}
