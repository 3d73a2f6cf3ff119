package fi.yhdessa.insight.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.report.WelfareReport;
import fi.yhdessa.network.Network;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The welfare report as a tagged PDF (PDF/UA) in the reader's language: typeset from an HTML
 * template with its fonts embedded, each table with a bar chart drawn in CSS above it (the table is
 * the chart's accessible form), hidden counts as "&lt;5".
 */
@Component
class ReportPdf {

	/** Liberation Sans (SIL Open Font License), as PDFBox ships it. */
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;
	private final CellFormat cells;
	private final Network network;

	static {
		XRLog.setLoggerImpl(new PdfLog());
	}

	ReportPdf(ITemplateEngine templates, CellFormat cells, Network network) {
		this.templates = templates;
		this.cells = cells;
		this.network = network;
	}

	/** A table with the bars of its chart: one per line, of its first drawn column, or of the latest year where the columns are years. */
	record Figure(FigureTable table, String series, List<Bar> bars) {
	}

	record Bar(String label, String text, double percent) {
	}

	byte[] render(WelfareReport.Content content) {
		Context context = new Context(content.locale());
		context.setVariable("r", content);
		context.setVariable("cells", cells);
		context.setVariable("today", LocalDate.ofInstant(content.generatedAt(), ZoneId.of("Europe/Helsinki")));
		context.setVariable("agreements", network.agreements().stream().collect(Collectors.toMap(Network.AgreementOutline::id, Network.AgreementOutline::title)));
		List<List<Figure>> indicators = new ArrayList<>();
		content.indicators().forEach(i -> indicators.add(figures(i.tables(), content)));
		context.setVariable("indicatorFigures", indicators);
		context.setVariable("serviceFlow", figures(content.serviceFlow(), content));
		context.setVariable("costs", figures(content.costs(), content));
		context.setVariable("effectiveness", figures(content.effectiveness(), content));
		String html = templates.process("insight/report-pdf", context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONT), "Liberation Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONT), "Liberation Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pdf.toByteArray();
	}

	private List<Figure> figures(List<FigureTable> tables, WelfareReport.Content content) {
		return tables.stream().map(t -> figure(t, content)).toList();
	}

	private Figure figure(FigureTable table, WelfareReport.Content content) {
		if (table.chart() == FigureTable.Chart.NONE || table.isEmpty()) {
			return new Figure(table, null, List.of());
		}
		ChartData chart = ChartData.of(table);
		if (chart.series().isEmpty()) {
			return new Figure(table, null, List.of());
		}
		// Columns of years: the latest year; otherwise the first column drawn.
		ChartData.Series series = chart.series().stream().allMatch(c -> c.name().matches("\\d{4}")) ? chart.series().getLast() : chart.series().getFirst();
		int column = table.columns().stream().map(FigureTable.Column::label).toList().indexOf(series.name());
		double max = series.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).map(Math::abs).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < table.lines().size(); i++) {
			FigureTable.Line line = table.lines().get(i);
			Double value = series.values().get(i);
			FigureTable.Cell cell = line.cells().get(column);
			bars.add(new Bar(line.label(), cells.text(cell, table.columns().get(column).measure(), content.locale()),
					value == null || max == 0 ? 0 : Math.max(0.5, 100 * Math.abs(value) / max)));
		}
		return new Figure(table, series.name(), bars);
	}
}
