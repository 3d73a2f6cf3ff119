package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.UnitKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finnish, Swedish and English are complete: a key missing from any language fails the build. */
class MessagesTests {

	static final List<String> LANGUAGES = List.of("fi", "sv", "en");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	/** {@code #{key}} and {@code #{key(args)}} in templates; dynamic keys ({@code #{${…}}}) are checked through their enums. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9._-]*)");
	/** {@code t.msg("key", …)} in compiled templates; keys made of values are checked through their enums. */
	static final Pattern COMPILED_TEMPLATE_KEY = Pattern.compile("\\bt\\.msg\\(\"([A-Za-z][A-Za-z0-9._-]*)\"");

	@Test
	void everyBundleHasTheSameKeysInFinnishSwedishAndEnglish() throws IOException {
		for (var bundle : bundles().entrySet()) {
			Set<String> finnish = bundle.getValue().get("fi").stringPropertyNames();
			for (String language : LANGUAGES) {
				assertThat(bundle.getValue().get(language).stringPropertyNames())
					.as("keys of %s_%s.properties", bundle.getKey(), language)
					.containsExactlyInAnyOrderElementsOf(finnish);
			}
		}
	}

	/** The bundles are one message source: a key two modules define with different texts shows one module's text on the other's page. */
	@Test
	void noKeyMeansTwoThingsInTwoModules() throws IOException {
		Set<String> clashes = new TreeSet<>();
		for (String language : LANGUAGES) {
			Map<String, String> seen = new java.util.HashMap<>();
			for (var bundle : bundles().entrySet()) {
				Properties texts = bundle.getValue().get(language);
				for (String key : texts.stringPropertyNames()) {
					String before = seen.putIfAbsent(key, texts.getProperty(key));
					if (before != null && !before.equals(texts.getProperty(key))) {
						clashes.add(key + " (" + bundle.getKey() + ", " + language + ")");
					}
				}
			}
		}
		assertThat(clashes).as("keys with different texts in two bundles").isEmpty();
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (var bundle : bundles().entrySet()) {
			for (var language : bundle.getValue().entrySet()) {
				language.getValue().forEach((key, value) -> assertThat(value.toString().strip())
					.as("%s in %s_%s.properties", key, bundle.getKey(), language.getKey())
					.isNotEmpty());
			}
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = allKeys();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	@Test
	void everyKeyACompiledTemplateUsesExists() throws IOException {
		Set<String> known = allKeys();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(TemplatesTests.COMPILED_TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				Matcher m = COMPILED_TEMPLATE_KEY.matcher(Files.readString(template));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(TemplatesTests.COMPILED_TEMPLATES.relativize(template) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in compiled templates but missing from the bundles").isEmpty();
	}

	@Test
	void everyEnumShownToPeopleHasItsTexts() throws IOException {
		Set<String> known = allKeys();
		List<String> needed = new ArrayList<>();
		Stream.of(Role.values()).map(Role::messageKey).forEach(needed::add);
		Stream.of(OrganisationKind.values()).map(OrganisationKind::messageKey).forEach(needed::add);
		Stream.of(UnitKind.values()).map(UnitKind::messageKey).forEach(needed::add);
		Stream.of("forbidden", "notFound", "badRequest", "serverError", "other")
			.flatMap(kind -> Stream.of("error." + kind + ".title", "error." + kind + ".text"))
			.forEach(needed::add);
		Stream.of("signIn.error.bad", "signIn.error.throttled").forEach(needed::add);
		LanguageConfiguration.SUPPORTED.forEach(locale -> needed.add("language." + locale.getLanguage()));
		assertThat(known).containsAll(needed);
	}

	static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		bundles().values().forEach(languages -> keys.addAll(languages.get("fi").stringPropertyNames()));
		return keys;
	}

	/** Bundle name → language → texts, for every bundle with Finnish texts. */
	static Map<String, Map<String, Properties>> bundles() throws IOException {
		Map<String, Map<String, Properties>> bundles = new TreeMap<>();
		var resolver = new PathMatchingResourcePatternResolver();
		for (Resource finnish : resolver.getResources("classpath*:i18n/*_fi.properties")) {
			String name = finnish.getFilename().replace("_fi.properties", "");
			Map<String, Properties> languages = new TreeMap<>();
			for (String language : LANGUAGES) {
				Resource resource = resolver.getResource("classpath:i18n/" + name + "_" + language + ".properties");
				assertThat(resource.exists()).as("i18n/%s_%s.properties exists", name, language).isTrue();
				Properties texts = new Properties();
				try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					texts.load(reader);
				}
				languages.put(language, texts);
			}
			bundles.put(name, languages);
		}
		assertThat(bundles).isNotEmpty();
		return bundles;
	}
}
