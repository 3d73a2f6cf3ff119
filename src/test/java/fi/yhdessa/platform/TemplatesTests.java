package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Templates hold no literal text: every word a person reads comes from the message bundles, in their language. */
class TemplatesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
	/** A tag, with quoted attribute values that may hold {@code >} in expressions. */
	private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
	/** Attributes that people read or hear; their th: variants are fine. */
	private static final Pattern READABLE_ATTRIBUTE = Pattern.compile("(?<![:\\w-])(alt|title|placeholder|aria-label|aria-description)=\"([^\"]*)\"");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				literals.addAll(literalTexts(Files.readString(template)).stream().map(text -> TEMPLATES.relativize(template) + ": " + text).toList());
			}
		}
		assertThat(literals).as("literal text in templates; put it in i18n/*_fi|sv|en.properties").isEmpty();
	}

	@Test
	void findsLiteralTextWhereThereIsSome() {
		assertThat(literalTexts("<p>Hei</p><img alt=\"Kuva\" src=\"x\"><span th:text=\"#{a}\"></span>")).containsExactly("Hei", "alt=Kuva");
		assertThat(literalTexts("<p th:text=\"#{a}\"></p><img alt=\"\" th:alt=\"#{b}\"><!-- a comment -->")).isEmpty();
	}

	static List<String> literalTexts(String html) {
		String markup = SCRIPT_OR_STYLE.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll("");
		markup = markup.replaceFirst("(?i)<!DOCTYPE[^>]*>", "");
		List<String> found = new ArrayList<>();
		List<String> attributes = new ArrayList<>();
		Matcher tag = TAG.matcher(markup);
		int textStart = 0;
		while (tag.find()) {
			addIfWords(markup.substring(textStart, tag.start()), found);
			Matcher attribute = READABLE_ATTRIBUTE.matcher(tag.group());
			while (attribute.find()) {
				if (LETTER.matcher(attribute.group(2)).find()) {
					attributes.add(attribute.group(1) + "=" + attribute.group(2));
				}
			}
			textStart = tag.end();
		}
		addIfWords(markup.substring(textStart), found);
		found.addAll(attributes);
		return found;
	}

	private static void addIfWords(String text, List<String> found) {
		String candidate = text.strip();
		if (LETTER.matcher(candidate).find()) {
			found.add(candidate);
		}
	}
}
