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

/** Templates, Thymeleaf's and the compiled ones, hold no literal text: every word a person reads comes from the message bundles, in their language. */
class TemplatesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path COMPILED_TEMPLATES = Path.of("src/main/jte");
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

	@Test
	void compiledTemplatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(COMPILED_TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				literals.addAll(literalTexts(withoutJte(Files.readString(template))).stream().map(text -> COMPILED_TEMPLATES.relativize(template) + ": " + text).toList());
			}
		}
		assertThat(literals).as("literal text in compiled templates; put it in i18n/*_fi|sv|en.properties").isEmpty();
	}

	@Test
	void findsLiteralTextInACompiledTemplate() {
		assertThat(literalTexts(withoutJte("@param String x\n<p>${t.msg(\"a\", x)}</p>@if(x.equals(\"(\"))<b>Hei</b>@endif !{var y = 1;}"))).containsExactly("Hei");
		assertThat(literalTexts(withoutJte("<a aria-label=\"${t.msg(\"a\")}\">${x}</a>@template.pager(page = p, t = t)"))).isEmpty();
		assertThat(literalTexts(withoutJte("<div>$unsafe{page.html()}</div><p>Hei</p>"))).containsExactly("Hei");
		assertThat(withoutJte("<p>${t.msg(\"unclosed)}</p>")).as("a string left open ends the reading").isEqualTo("<p>");
	}

	/** A jte template without its expressions, code and directives: the markup and text that it writes as they are. */
	static String withoutJte(String template) {
		StringBuilder markup = new StringBuilder();
		int i = 0;
		while (i < template.length()) {
			char c = template.charAt(i);
			if ((c == '$' || c == '!') && template.startsWith("{", i + 1)) {
				i = closing(template, i + 1, '{', '}');
			}
			else if (template.startsWith("$unsafe{", i)) {
				i = closing(template, i + "$unsafe".length(), '{', '}');
			}
			else if (c == '@' && i + 1 < template.length() && Character.isLetter(template.charAt(i + 1))) {
				int end = i + 1;
				while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '.')) {
					end++;
				}
				String directive = template.substring(i + 1, end);
				if (directive.equals("import") || directive.equals("param")) {
					int line = template.indexOf('\n', end);
					i = line < 0 ? template.length() : line;
				}
				else {
					i = end < template.length() && template.charAt(end) == '(' ? closing(template, end, '(', ')') : end;
				}
			}
			else {
				markup.append(c);
				i++;
			}
		}
		return markup.toString();
	}

	/** The index after the bracket that closes the one at {@code open}, skipping string literals. */
	private static int closing(String text, int open, char opening, char closingBracket) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				i = text.indexOf('"', i + 1);
				if (i < 0) {
					return text.length();
				}
			}
			else if (c == opening) {
				depth++;
			}
			else if (c == closingBracket && --depth == 0) {
				return i + 1;
			}
		}
		return text.length();
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
