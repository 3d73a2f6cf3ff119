package fi.yhdessa.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.platform.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the family's access report can show exists in Finnish, Swedish and English: every
 * basis the platform writes (found in the code that writes the log, not a sample), every standing
 * a worker reads a case in, every kind of record, action and role.
 */
class AccessReportTextsTests {

	private static final Path SOURCES = Path.of("src/main/java/fi/yhdessa");
	private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
	/** The calls that write an entry about people; a denial names no one and is left out of a family's report. */
	private static final Pattern LOGGING = Pattern.compile("(accessLog\\.record|access\\.record|log\\.record|Access\\.read|Access\\.write|AccessEntry\\.by)\\(");
	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"((?:[^\"\\\\]|\\\\.)*)\";");
	private static final Pattern RECORD_KIND = Pattern.compile("[a-z]+\\.[a-z][a-z.-]*");
	private static final Pattern STANDING = Pattern.compile("^\\t([A-Z_]+)\\(\"([^\"]+)\"", Pattern.MULTILINE);

	@Test
	void everyBasisThePlatformWritesReadsInEachLanguage() throws IOException {
		Map<String, Properties> texts = texts();
		Set<String> bases = bases();
		assertThat(bases).as("bases found in the code").hasSizeGreaterThan(20);
		List<String> missing = new ArrayList<>();
		for (String basis : bases) {
			String key = new AccessReport.Row(null, null, null, null, null, null, null, basis).basisKey();
			LANGUAGES.stream().filter(language -> !texts.get(language).containsKey(key)).forEach(language -> missing.add(language + ": " + key + " ← " + basis));
		}
		assertThat(missing).as("bases without a text").isEmpty();
	}

	@Test
	void everyStandingKindActionAndRoleHasItsText() throws IOException {
		Map<String, Properties> texts = texts();
		Set<String> keys = new TreeSet<>();
		Matcher standing = STANDING.matcher(Files.readString(SOURCES.resolve("casework/access/Relationship.java")));
		while (standing.find()) {
			keys.add("report.basis." + standing.group(1));
		}
		assertThat(keys).as("standings found").hasSizeGreaterThan(5);
		recordKinds().forEach(kind -> {
			assertThat(AccessReport.KINDS).as("the report names the record kind %s in words", kind).contains(kind);
			keys.add(AccessReport.kindKey(kind));
		});
		keys.add("report.kind.other");
		Stream.of(AccessEntry.Action.values()).forEach(action -> keys.add("report.action." + action.name()));
		Stream.of(Role.values()).forEach(role -> keys.add(AccessReport.roleKey(role.name())));
		keys.add(AccessReport.roleKey("ANONYMOUS"));
		keys.add(AccessReport.roleKey("SYSTEM"));
		List<String> missing = new ArrayList<>();
		for (String key : keys) {
			LANGUAGES.stream().filter(language -> !texts.get(language).containsKey(key)).forEach(language -> missing.add(language + ": " + key));
		}
		assertThat(missing).isEmpty();
	}

	/** The string literals, and the constants they name, in every call that writes an entry about people. */
	private static Set<String> bases() throws IOException {
		Set<String> bases = new TreeSet<>();
		for (Path file : javaFiles()) {
			String source = Files.readString(file);
			Map<String, String> constants = new LinkedHashMap<>();
			Matcher constant = CONSTANT.matcher(source);
			while (constant.find()) {
				constants.put(constant.group(1), constant.group(2));
			}
			Matcher call = LOGGING.matcher(source);
			while (call.find()) {
				String arguments = arguments(source, call.end());
				if (arguments.contains("Action.DENIED")) {
					continue;
				}
				Matcher literal = LITERAL.matcher(arguments);
				while (literal.find()) {
					String text = literal.group(1).replace("\\\"", "\"");
					if (text.endsWith(": ")) {
						bases.add(text + "detail");
					}
					else if (text.endsWith(" ")) {
						// Words run on into a value: the report could not tell the basis from its detail.
						bases.add(text + "(a basis and its detail are joined by \": \")");
					}
					else if (text.contains(" ")) {
						bases.add(text);
					}
				}
				constants.forEach((name, value) -> {
					if (Pattern.compile("\\b" + name + "\\b").matcher(arguments).find() && value.contains(" ")) {
						bases.add(value);
					}
				});
			}
		}
		return bases;
	}

	/** The record kinds written about people: literals in the logging calls and the operations' kinds. */
	private static Set<String> recordKinds() throws IOException {
		Set<String> kinds = new TreeSet<>();
		for (Path file : javaFiles()) {
			String source = Files.readString(file);
			Matcher call = LOGGING.matcher(source);
			while (call.find()) {
				String arguments = arguments(source, call.end());
				Matcher literal = LITERAL.matcher(arguments);
				while (literal.find()) {
					if (RECORD_KIND.matcher(literal.group(1)).matches() && !arguments.contains("Action.DENIED")) {
						kinds.add(literal.group(1));
					}
				}
			}
		}
		Matcher operation = Pattern.compile("^\\t[A-Z_]+\\(\"([a-z.-]+)\"", Pattern.MULTILINE).matcher(Files.readString(SOURCES.resolve("casework/access/Operation.java")));
		while (operation.find()) {
			kinds.add(operation.group(1));
		}
		return kinds;
	}

	/** The text between a call's opening parenthesis and its matching closing one. */
	private static String arguments(String source, int start) {
		int depth = 1;
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"') {
				i = source.indexOf('"', i + 1);
				while (source.charAt(i - 1) == '\\') {
					i = source.indexOf('"', i + 1);
				}
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return source.substring(start, i);
			}
		}
		throw new IllegalStateException("Unbalanced call at " + start);
	}

	private static List<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			// The platform writes no access log (it depends on no module); its security log is another record.
			return files.filter(file -> file.toString().endsWith(".java") && !file.startsWith(SOURCES.resolve("platform"))).toList();
		}
	}

	/** Every bundle of a language together, as the platform's message source reads them. */
	private static Map<String, Properties> texts() throws IOException {
		Map<String, Properties> texts = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Properties merged = new Properties();
			try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
				for (Path bundle : bundles.filter(p -> p.getFileName().toString().endsWith("_" + language + ".properties")).toList()) {
					try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
						merged.load(reader);
					}
				}
			}
			texts.put(language, merged);
		}
		return texts;
	}
}
