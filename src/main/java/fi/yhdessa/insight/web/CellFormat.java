package fi.yhdessa.insight.web;

import fi.yhdessa.insight.facts.DayRanges;
import fi.yhdessa.insight.figures.FigureTable.Cell;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How a figure is written: in a table for people (grouped digits, units), and in a CSV for a
 * spreadsheet (plain numbers with the language's decimal mark). A hidden count is always "<5".
 */
@Component("insightCells")
public class CellFormat {

	/** What a hidden figure shows instead of itself. */
	public static final String HIDDEN = "<5";

	public String text(Cell cell, Measure measure, Locale locale) {
		if (cell.suppressed()) {
			return HIDDEN;
		}
		if (cell.value() == null) {
			return "–";
		}
		double value = cell.value();
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		return switch (measure) {
			case COUNT -> number(number, 0).format(value);
			case PERCENT -> number(number, 1).format(value) + " %";
			case DAYS -> days((int) value);
			case EUROS -> number(number, 0).format(value) + " €";
			case MEAN -> number(number, 2).format(value);
			case VALUE -> number(number, 1).format(value);
			case DIFFERENCE -> {
				number.setMaximumFractionDigits(1);
				yield (value > 0 ? "+" : "") + number.format(value);
			}
		};
	}

	/** The figure for a spreadsheet: a plain number, "<5" when hidden, empty when there is none. */
	public String csv(Cell cell, Measure measure, Locale locale) {
		if (cell.suppressed()) {
			return HIDDEN;
		}
		if (cell.value() == null) {
			return "";
		}
		if (measure == Measure.DAYS) {
			return days(cell.value().intValue());
		}
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setGroupingUsed(false);
		return number(number, measure == Measure.COUNT ? 0 : 2).format(cell.value());
	}

	/** A duration of days; past two weeks the figures keep ranges, so a range is written as one. */
	private static String days(int start) {
		int end = DayRanges.end(start);
		if (end == start) {
			return String.valueOf(start);
		}
		return end == Integer.MAX_VALUE ? "≥ " + start : start + "–" + end;
	}

	private static NumberFormat number(NumberFormat format, int decimals) {
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(decimals == 2 ? 1 : decimals);
		return format;
	}
}
