package fi.yhdessa.directory.editing;

import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SmallCounts;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editors see what families searched for and did not find, and add a search word for it from the same
 * row. A query is listed only when made at least five times; within a row, a count of searches without
 * results or of opened results under five is shown as "fewer than 5", as every figure about people is.
 */
@Controller
@PreAuthorize("hasAnyRole('SERVICE_EDITOR', 'COORDINATOR', 'ADMINISTRATOR')")
class SearchReportPages {

	/** The periods an editor can look back over, in days. */
	static final List<Integer> PERIODS = List.of(30, 90, 365);

	private final SearchReport report;
	private final MessageSource messages;
	private final SmallCounts smallCounts;

	SearchReportPages(SearchReport report, MessageSource messages, SmallCounts smallCounts) {
		this.report = report;
		this.messages = messages;
		this.smallCounts = smallCounts;
	}

	@Bean
	static NavigationItem searchReportLink() {
		return new NavigationItem("nav.searchReport", "/directory/search-report", EnumSet.of(Role.SERVICE_EDITOR, Role.COORDINATOR, Role.ADMINISTRATOR), 210);
	}

	@GetMapping("/directory/search-report")
	String show(@RequestParam(required = false) Integer days, Model model) {
		int period = period(days);
		model.addAttribute("days", period);
		model.addAttribute("periods", PERIODS);
		model.addAttribute("fewest", SearchReport.FEWEST);
		model.addAttribute("smallCounts", smallCounts);
		model.addAttribute("foundNothing", report.foundNothing(period));
		model.addAttribute("openedNothing", report.openedNothing(period));
		return "directory/search-report";
	}

	/** Both lists as one CSV file, with a column saying which list a row is on. */
	@GetMapping("/directory/search-report.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer days, Locale locale) {
		int period = period(days);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", message("searchReport.csv.list", locale), message("searchReport.query", locale),
				message("searchReport.searches", locale), message("searchReport.noResults", locale), message("searchReport.clicks", locale))).append("\r\n");
		String few = message("searchReport.few", locale);
		report.foundNothing(period).forEach(row -> line(csv, message("searchReport.foundNothing", locale), row, few));
		report.openedNothing(period).forEach(row -> line(csv, message("searchReport.openedNothing", locale), row, few));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("search-report-" + period + "d.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A row; a count of searches without results or of opened results under five is written as the words for it, as on the page. */
	private void line(StringBuilder csv, String list, SearchReport.Row row, String few) {
		csv.append(String.join(";", cell(list), cell(row.query()), Long.toString(row.searches()), count(row.noResults(), few), count(row.clicks(), few)))
			.append("\r\n");
	}

	private String count(long count, String few) {
		return smallCounts.small(count) ? cell(few) : Long.toString(count);
	}

	/** A cell quoted, and a leading =, +, - or @ made text, so a spreadsheet does not run it as a formula. */
	private static String cell(String value) {
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static int period(Integer days) {
		return days != null && PERIODS.contains(days) ? days : 90;
	}
}
