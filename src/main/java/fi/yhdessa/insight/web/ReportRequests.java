package fi.yhdessa.insight.web;

import fi.yhdessa.insight.report.ReportPeriod;
import fi.yhdessa.insight.report.WelfareReport;
import fi.yhdessa.network.Area;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A welfare report asked for: its period and area checked against what the person may see (a
 * coordinator reports on their own area), built, and written as PDF or as CSV of every table.
 */
@Component
class ReportRequests {

	static final String ROLES = "hasAnyRole('LEADERSHIP', 'COORDINATOR')";

	private final WelfareReport report;
	private final ReportPdf pdf;
	private final CsvTables csv;
	private final InsightAccess access;
	private final Network network;
	private final Clock clock;

	ReportRequests(WelfareReport report, ReportPdf pdf, CsvTables csv, InsightAccess access, Network network, Clock clock) {
		this.report = report;
		this.pdf = pdf;
		this.csv = csv;
		this.access = access;
		this.network = network;
		this.clock = clock;
	}

	/** What was asked: the period, the area ({@code null} for the whole county) and the report's language. */
	record Asked(ReportPeriod period, String area, Locale language) {

		String fileName(String extension) {
			return "hyvinvointikertomus-" + period.key() + (area == null ? "" : "-" + area) + "-" + language.getLanguage() + "." + extension;
		}
	}

	/** The request, or empty when the period or area is not one that can be reported. */
	Optional<Asked> asked(SignedInUser user, String period, String area, String language, Locale otherwise) {
		if (!user.has(Role.LEADERSHIP) && !user.has(Role.COORDINATOR)) {
			throw new AccessDeniedException("The welfare report is made by leadership and coordinators");
		}
		Scope scope = access.scope(user);
		String chosen = area == null || area.isBlank() ? null : area;
		if (scope.area() != null) {
			if (chosen != null && !chosen.equals(scope.area())) {
				throw new AccessDeniedException("A coordinator reports on their own area");
			}
			chosen = scope.area();
		}
		if (chosen != null && network.areas().stream().map(Area::code).noneMatch(chosen::equals)) {
			return Optional.empty();
		}
		String areaCode = chosen;
		Locale locale = language == null || language.isBlank() ? (otherwise.getLanguage().equals("sv") ? Locale.of("sv") : Locale.of("fi"))
				: switch (language) {
					case "fi", "sv", "en" -> Locale.of(language);
					default -> null;
				};
		if (locale == null) {
			return Optional.empty();
		}
		return ReportPeriod.parse(period, LocalDate.now(clock)).map(p -> new Asked(p, areaCode, locale));
	}

	byte[] pdf(Asked asked) {
		return pdf.render(report.build(asked.period(), asked.area(), asked.language()));
	}

	/** Every table of the report in one CSV a spreadsheet opens: a row per figure with its table, line and column named, as the API's CSV. */
	String csv(Asked asked) {
		WelfareReport.Content content = report.build(asked.period(), asked.area(), asked.language());
		return csv.tidy(content.tables(), List.of("table", "title", "line", "line_label", "column", "column_label", "measure", "value"), asked.language());
	}
}
