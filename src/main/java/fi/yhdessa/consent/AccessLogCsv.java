package fi.yhdessa.consent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Access-log entries as CSV that a spreadsheet opens as it is: UTF-8 with a byte-order mark,
 * semicolons, one entry per line, and any cell that a spreadsheet would take for a formula
 * (a typed reason starting with "=") made text.
 */
final class AccessLogCsv {

	private static final CsvMapper CSV = new CsvMapper();
	private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Helsinki"));

	private AccessLogCsv() {
	}

	/**
	 * @param header the column names in the reader's language
	 * @param organisations organisation names by id
	 */
	static String write(List<String> header, List<AccessLog.Logged> entries, Map<UUID, String> organisations) {
		List<String[]> rows = new ArrayList<>();
		rows.add(header.toArray(String[]::new));
		for (AccessLog.Logged logged : entries) {
			AccessEntry e = logged.entry();
			rows.add(new String[] { String.valueOf(logged.sequence()), WHEN.format(logged.at()), e.actor(), e.actorRole(),
					e.actorOrganisation() == null ? "" : organisations.getOrDefault(e.actorOrganisation(), e.actorOrganisation().toString()),
					e.action().name(), e.recordKind(), e.recordId(), e.subjects().stream().map(UUID::toString).collect(Collectors.joining(" ")), e.basis() });
		}
		java.io.StringWriter out = new java.io.StringWriter();
		out.write('\uFEFF');
		try (tools.jackson.databind.SequenceWriter writer = CSV.writer(SCHEMA).writeValues(out)) {
			for (String[] row : rows) {
				writer.write(java.util.Arrays.stream(row).map(AccessLogCsv::text).toArray(String[]::new));
			}
		}
		return out.toString();
	}

	/** A cell a spreadsheet would evaluate is prefixed with an apostrophe. */
	static String text(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
	}
}
