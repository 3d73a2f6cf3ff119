package fi.yhdessa.insight.demo;

import fi.yhdessa.network.Municipality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * Synthetic documents in Sotkanet's REST format (regions, indicator metadata, data rows) for the
 * demo county: each municipality with its own level and trend, so that some drift away from the
 * others, girls and boys apart where surveys find them apart, and the school health survey every
 * other year. Small municipalities give counts under five, which the platform must hide.
 */
final class SotkanetDocuments {

	static final int COUNTRY = 658;
	static final int COUNTY = 9900;
	static final String COUNTY_CODE = "90";
	private static final int YEARS = 12;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A demo indicator: its titles, unit, the country's level and trend, girls to boys, the share of children it concerns, and whether every other year. */
	record Spec(int id, String fi, String sv, String en, String type, double level, double trend, double girlsToBoys, double base, boolean biennial) {
	}

	static final List<Spec> SPECS = List.of(
			new Spec(1086, "Lastensuojeluilmoituksen kohteena olleet 0–17-vuotiaat, % vastaavan ikäisestä väestöstä",
					"0–17-åringar som varit föremål för barnskyddsanmälan, % av befolkningen i samma ålder",
					"Children aged 0–17 subject to a child welfare notification, % of the population of the same age", "PERCENTAGE", 6.2, 0.12, 0.95, 1, false),
			new Spec(9001, "Kodin ulkopuolelle sijoitetut 0–17-vuotiaat, % vastaavanikäisestä väestöstä",
					"0–17-åringar placerade utom hemmet, % av befolkningen i samma ålder",
					"Children aged 0–17 placed outside the home, % of the population of the same age", "PERCENTAGE", 1.5, 0.02, 1.0, 1, false),
			new Spec(9002, "Lastensuojelun avohuollon tukitoimien piirissä olleet 0–17-vuotiaat, % vastaavanikäisestä väestöstä",
					"0–17-åringar inom barnskyddets öppenvård, % av befolkningen i samma ålder",
					"Children aged 0–17 in child welfare open-care support, % of the population of the same age", "PERCENTAGE", 4.2, 0.05, 0.9, 1, false),
			new Spec(9003, "Pienituloisiin kotitalouksiin kuuluvat alaikäiset, %", "Minderåriga i låginkomsthushåll, %",
					"Children in low-income households, %", "PERCENTAGE", 10.6, -0.08, 1.0, 1, false),
			new Spec(9004, "Yksinäisyyttä kokevat 8. ja 9. luokan oppilaat, %", "Elever i årskurs 8 och 9 som känner sig ensamma, %",
					"Pupils in grades 8 and 9 who feel lonely, %", "PERCENTAGE", 10.9, 0.25, 1.4, 0.11, true),
			new Spec(9005, "Kohtalainen tai vaikea ahdistuneisuus, % 8. ja 9. luokan oppilaista", "Måttlig eller svår ångest, % av eleverna i årskurs 8 och 9",
					"Moderate or severe anxiety, % of pupils in grades 8 and 9", "PERCENTAGE", 14.0, 0.6, 2.3, 0.11, true),
			new Spec(9006, "Tosi humalassa vähintään kerran kuukaudessa, % 8. ja 9. luokan oppilaista",
					"Riktigt berusad minst en gång i månaden, % av eleverna i årskurs 8 och 9",
					"Really drunk at least once a month, % of pupils in grades 8 and 9", "PERCENTAGE", 8.8, -0.3, 1.1, 0.11, true),
			new Spec(9007, "Koulutuksen ulkopuolelle jääneet 17–24-vuotiaat, % vastaavanikäisestä väestöstä",
					"17–24-åringar utanför utbildning, % av befolkningen i samma ålder",
					"Young people aged 17–24 outside education, % of the population of the same age", "PERCENTAGE", 7.9, -0.05, 0.8, 0.45, false),
			new Spec(9008, "Lastensuojeluilmoitusten lukumäärä", "Antal barnskyddsanmälningar", "Number of child welfare notifications", "ABSOLUTE", 0, 0.03,
					0.95, 1, false));

	private final long seed;
	private final List<Municipality> municipalities;
	private final int lastYear;
	private final Map<String, Integer> children = new LinkedHashMap<>();

	SotkanetDocuments(long seed, List<Municipality> municipalities, int lastYear) {
		this.seed = seed;
		this.municipalities = municipalities;
		this.lastYear = lastYear;
		Random random = new Random(seed);
		for (int i = 0; i < municipalities.size(); i++) {
			children.put(municipalities.get(i).code(), i % 5 == 4 ? 300 + random.nextInt(200) : 1_500 + random.nextInt(12_000));
		}
	}

	byte[] regions() {
		List<Map<String, Object>> regions = new ArrayList<>();
		regions.add(region(COUNTRY, "SSS", "MAA", "Koko maa", "Hela landet", "Whole country"));
		regions.add(region(COUNTY, COUNTY_CODE, "HYVINVOINTIALUE", "Järvilaakson hyvinvointialue", "Järvilaaksos välfärdsområde",
				"Järvilaakso wellbeing services county"));
		for (int i = 0; i < municipalities.size(); i++) {
			Municipality m = municipalities.get(i);
			regions.add(region(9000 + i, m.code(), "KUNTA", m.nameFi(), m.nameSv(), m.nameFi()));
		}
		return JSON.writeValueAsBytes(regions);
	}

	Map<Integer, byte[]> indicators() {
		Map<Integer, byte[]> documents = new LinkedHashMap<>();
		for (Spec spec : SPECS) {
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("id", spec.id());
			d.put("data-updated", lastYear + 1 + "-03-15");
			d.put("range", Map.of("start", lastYear - YEARS + 1, "end", lastYear));
			d.put("title", Map.of("fi", spec.fi(), "sv", spec.sv(), "en", spec.en()));
			d.put("description", Map.of("fi", "Synteettinen demoindikaattori: " + spec.fi() + ".", "sv", "Syntetisk demoindikator.", "en",
					"Synthetic demo indicator."));
			d.put("primaryValueType", Map.of("code", spec.type(), "title", Map.of("fi", "PERCENTAGE".equals(spec.type()) ? "Prosentti" : "Lukumäärä")));
			d.put("decimals", "PERCENTAGE".equals(spec.type()) ? 1 : 0);
			d.put("organization", Map.of("id", 1, "title", Map.of("fi", "Terveyden ja hyvinvoinnin laitos (THL)", "sv", "Institutet för hälsa och välfärd",
					"en", "Finnish Institute for Health and Welfare")));
			d.put("classifications", Map.of("sex", Map.of("values", List.of("male", "female", "total"))));
			documents.put(spec.id(), JSON.writeValueAsBytes(d));
		}
		return documents;
	}

	/** The data rows of one indicator for every region, year and gender, as {@code /1.1/json} gives them. */
	byte[] data(int indicator) {
		Spec spec = SPECS.stream().filter(s -> s.id() == indicator).findFirst().orElseThrow();
		Random random = new Random(seed + indicator);
		double[] offset = new double[municipalities.size()];
		double[] drift = new double[municipalities.size()];
		for (int i = 0; i < offset.length; i++) {
			offset[i] = 0.7 + random.nextDouble() * 0.7;
			drift[i] = i % 4 == 1 ? 0.04 : -0.01 + random.nextDouble() * 0.02;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int year = lastYear - YEARS + 1; year <= lastYear; year++) {
			if (spec.biennial() && year % 2 == 0) {
				continue;
			}
			int t = year - (lastYear - YEARS + 1);
			double countryLevel = spec.level() + spec.trend() * t;
			double countySum = 0;
			double countyBase = 0;
			for (int i = 0; i < municipalities.size(); i++) {
				double base = children.get(municipalities.get(i).code()) * spec.base();
				double share = Math.max(0.2, countryLevel * offset[i] * (1 + drift[i] * t) + random.nextGaussian() * countryLevel * 0.03);
				if ("ABSOLUTE".equals(spec.type())) {
					share = 9.5 * offset[i] * (1 + drift[i] * t + spec.trend() * t);
				}
				rows.addAll(rows(spec, 9000 + i, year, share, base));
				countySum += share * base;
				countyBase += base;
			}
			rows.addAll(rows(spec, COUNTY, year, countySum / countyBase, countyBase));
			double country = "ABSOLUTE".equals(spec.type()) ? 9.5 * (1 + spec.trend() * t) : countryLevel;
			rows.addAll(rows(spec, COUNTRY, year, country, 1_050_000 * spec.base()));
		}
		return JSON.writeValueAsBytes(rows);
	}

	/** Total, boys and girls: a share of the base, or for a count, the count itself. */
	private static List<Map<String, Object>> rows(Spec spec, int region, int year, double share, double base) {
		boolean count = "ABSOLUTE".equals(spec.type());
		double boys = share * 2 / (1 + spec.girlsToBoys());
		double girls = share * 2 * spec.girlsToBoys() / (1 + spec.girlsToBoys());
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(row(spec, region, year, "total", share, base, count));
		rows.add(row(spec, region, year, "male", boys, base / 2, count));
		rows.add(row(spec, region, year, "female", girls, base / 2, count));
		return rows;
	}

	private static Map<String, Object> row(Spec spec, int region, int year, String gender, double share, double base, boolean count) {
		long people = Math.round(count ? share * base / 100 : share * base / 100);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("indicator", spec.id());
		row.put("region", region);
		row.put("year", year);
		row.put("gender", gender);
		row.put("value", count ? BigDecimal.valueOf(people) : BigDecimal.valueOf(share).setScale(1, RoundingMode.HALF_UP));
		row.put("absValue", people);
		return row;
	}

	private static Map<String, Object> region(int id, String code, String category, String fi, String sv, String en) {
		Map<String, Object> region = new LinkedHashMap<>();
		region.put("id", id);
		region.put("code", code);
		region.put("category", category);
		region.put("title", Map.of("fi", fi, "sv", sv == null ? fi : sv, "en", en));
		region.put("uri", "http://example.invalid/sotkanet-demo/" + code);
		return region;
	}
}
