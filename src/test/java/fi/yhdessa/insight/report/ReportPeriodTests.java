package fi.yhdessa.insight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void withoutAPeriodTheReportIsOfTheLatestFullYear() {
		assertThat(ReportPeriod.parse(null, TODAY)).contains(new ReportPeriod(2025, 2025));
		assertThat(ReportPeriod.parse(" ", TODAY)).contains(new ReportPeriod(2025, 2025));
	}

	@Test
	void aYearOrARangeOfYearsIsRead() {
		assertThat(ReportPeriod.parse("2024", TODAY)).contains(new ReportPeriod(2024, 2024));
		assertThat(ReportPeriod.parse("2023-2025", TODAY)).contains(new ReportPeriod(2023, 2025));
		assertThat(ReportPeriod.parse("2023 – 2025", TODAY)).contains(new ReportPeriod(2023, 2025));
	}

	@Test
	void theCurrentYearAReversedRangeAndTextAreRefused() {
		assertThat(ReportPeriod.parse("2026", TODAY)).isEmpty();
		assertThat(ReportPeriod.parse("2025-2023", TODAY)).isEmpty();
		assertThat(ReportPeriod.parse("viime vuosi", TODAY)).isEmpty();
		assertThat(ReportPeriod.parse("2020-2021-2022", TODAY)).isEmpty();
	}

	@Test
	void aPeriodCoversItsMonthsFromJanuaryToDecember() {
		ReportPeriod period = new ReportPeriod(2023, 2025);
		assertThat(period.from()).hasToString("2023-01");
		assertThat(period.to()).hasToString("2025-12");
		assertThat(period.key()).isEqualTo("2023-2025");
	}
}
