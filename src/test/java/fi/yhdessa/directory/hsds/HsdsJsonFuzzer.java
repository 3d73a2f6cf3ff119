package fi.yhdessa.directory.hsds;

import fi.yhdessa.network.Municipality;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS JSON of an import, read and checked as the import does before it saves anything: each
 * record is taken or refused with its reasons, in the directory's real messages. What the
 * directory already holds is a small fixed set (the seed {@code held-ids.json} names them), so
 * that references to held places and organisations are followed too. Data that are not HSDS may
 * only be refused as the import refuses them.
 */
final class HsdsJsonFuzzer {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final ReloadableResourceBundleMessageSource MESSAGES = new ReloadableResourceBundleMessageSource();
	private static final List<Locale> LANGUAGES = List.of(Locale.of("fi"), Locale.of("sv"), Locale.of("en"));
	private static final HsdsReader.Held HELD = new HsdsReader.Held() {

		private final Set<UUID> organisations = Set.of(UUID.fromString("0b8e7c1a-2f3d-4e5f-8a9b-1c2d3e4f5a6b"));
		private final Set<UUID> places = Set.of(UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f"));
		private final Map<String, String> postcodes = Map.of("40100", "179", "00100", "091");

		@Override
		public List<Municipality> municipalities() {
			return List.of(new Municipality("179", "Jyväskylä", "Jyväskylä", 62.24, 25.75), new Municipality("091", "Helsinki", "Helsingfors", 60.17, 24.94));
		}

		@Override
		public boolean organisation(UUID id) {
			return organisations.contains(id);
		}

		@Override
		public boolean place(UUID id) {
			return places.contains(id);
		}

		@Override
		public String municipalityOfPostcode(String postcode) {
			return postcodes.get(postcode);
		}
	};

	static {
		MESSAGES.setBasenames("classpath:i18n/directory");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private HsdsJsonFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		List<JsonNode> records;
		try {
			records = HsdsRecords.read(JSON, data);
		}
		catch (HsdsRecords.Unreadable refused) {
			MESSAGES.getMessage(refused.key(), null, Locale.of("fi"));
			return;
		}
		HsdsReader reader = new HsdsReader(HELD, MESSAGES, LANGUAGES.get(Math.floorMod(data.length, LANGUAGES.size())));
		for (int i = 0; i < records.size(); i++) {
			reader.parse(records.get(i), i + 1);
		}
		reader.notes();
	}
}
