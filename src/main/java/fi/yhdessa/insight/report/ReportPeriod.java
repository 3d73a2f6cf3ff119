package fi.yhdessa.insight.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The years a welfare report covers: one year ({@code 2025}) or several ({@code 2023-2025}), only full years before the current one. */
public record ReportPeriod(int firstYear, int lastYear) {

	public ReportPeriod {
		if (lastYear < firstYear || lastYear - firstYear > 10) {
			throw new IllegalArgumentException("A report covers one to ten full years");
		}
	}

	/** The latest full year. */
	public static ReportPeriod latest(LocalDate today) {
		return new ReportPeriod(today.getYear() - 1, today.getYear() - 1);
	}

	/** The period as typed, or empty when it is no period of full years before {@code today}'s. */
	public static Optional<ReportPeriod> parse(String typed, LocalDate today) {
		if (typed == null || typed.isBlank()) {
			return Optional.of(latest(today));
		}
		String[] parts = typed.strip().split("\\s*[-–]\\s*");
		try {
			int first = Integer.parseInt(parts[0]);
			int last = parts.length > 1 ? Integer.parseInt(parts[1]) : first;
			if (parts.length > 2 || first < 2000 || last >= today.getYear() || last < first || last - first > 10) {
				return Optional.empty();
			}
			return Optional.of(new ReportPeriod(first, last));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	public YearMonth from() {
		return YearMonth.of(firstYear, 1);
	}

	public YearMonth to() {
		return YearMonth.of(lastYear, 12);
	}

	public String key() {
		return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "-" + lastYear;
	}

	@Override
	public String toString() {
		return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
	}
}
