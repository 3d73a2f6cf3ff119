package fi.yhdessa.insight.web;

import fi.yhdessa.insight.figures.FigureTable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Tables as CSV that a spreadsheet opens as it is: UTF-8 with a byte-order mark, semicolons between
 * fields, the language's decimal mark, and "<5" for a hidden count — the same cells as the page shows.
 */
@Component
class CsvTables {

	private static final CsvMapper CSV = new CsvMapper();
	private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");
	private static final String BOM = "\uFEFF";

	private final CellFormat format;

	CsvTables(CellFormat format) {
		this.format = format;
	}

	/** One table as it is shown: a line per line and a column per column. */
	String wide(FigureTable table, String lineHeading, Locale locale) {
		List<String[]> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(lineHeading));
		table.columns().forEach(c -> header.add(c.label()));
		rows.add(header.toArray(String[]::new));
		List<FigureTable.Line> lines = new ArrayList<>(table.lines());
		if (table.total() != null) {
			lines.add(table.total());
		}
		for (FigureTable.Line line : lines) {
			List<String> row = new ArrayList<>(List.of(line.label()));
			for (int c = 0; c < table.columns().size(); c++) {
				row.add(format.csv(line.cells().get(c), table.columns().get(c).measure(), locale));
			}
			rows.add(row.toArray(String[]::new));
		}
		return write(rows);
	}

	/** Several tables in one: a row per figure, with its table, line and column named. */
	String tidy(List<FigureTable> tables, List<String> header, Locale locale) {
		List<String[]> rows = new ArrayList<>();
		rows.add(header.toArray(String[]::new));
		for (FigureTable table : tables) {
			List<FigureTable.Line> lines = new ArrayList<>(table.lines());
			if (table.total() != null) {
				lines.add(table.total());
			}
			for (FigureTable.Line line : lines) {
				for (int c = 0; c < table.columns().size(); c++) {
					FigureTable.Column column = table.columns().get(c);
					rows.add(new String[] { table.id(), table.title(), line.key(), line.label(), column.key(), column.label(), column.measure().name(),
							format.csv(line.cells().get(c), column.measure(), locale) });
				}
			}
		}
		return write(rows);
	}

	static ResponseEntity<byte[]> download(String csv, String fileName) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private static String write(List<String[]> rows) {
		StringWriter out = new StringWriter();
		out.write(BOM);
		try (SequenceWriter writer = CSV.writer(SCHEMA).writeValues(out)) {
			for (String[] row : rows) {
				writer.write(row);
			}
		}
		return out.toString();
	}
}
