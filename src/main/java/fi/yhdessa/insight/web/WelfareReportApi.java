package fi.yhdessa.insight.web;

import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The welfare report for a period and an area, as PDF or as CSV of every table by {@code Accept}. */
@RestController
@RequestMapping("/api/v1/insight/welfare-report")
@PreAuthorize(ReportRequests.ROLES)
@Tag(name = "Welfare report", description = "The welfare report (hyvinvointikertomus) as a tagged PDF or as CSV of every table.")
class WelfareReportApi {

	private final ReportRequests requests;
	private final MessageSource messages;

	WelfareReportApi(ReportRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The welfare report as a tagged PDF; without parameters the latest full year for the whole county")
	ResponseEntity<?> pdf(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "a year (2025) or years (2023-2025), full years only") @RequestParam(required = false) String period,
			@Parameter(description = "an area of the county; none for the whole county") @RequestParam(required = false) String area,
			@Parameter(description = "fi, sv or en; by default the request's language") @RequestParam(required = false) String language, Locale locale) {
		return requests.asked(user, period, area, language, locale)
			.<ResponseEntity<?>>map(asked -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(asked.fileName("pdf")).build().toString())
				.body(requests.pdf(asked)))
			.orElseGet(() -> refused(locale));
	}

	@GetMapping(produces = "text/csv")
	@Operation(summary = "Every table of the welfare report as CSV (a row per figure)")
	ResponseEntity<?> csv(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) String area, @RequestParam(required = false) String language, Locale locale) {
		return requests.asked(user, period, area, language, locale)
			.<ResponseEntity<?>>map(asked -> CsvTables.download(requests.csv(asked), asked.fileName("csv")))
			.orElseGet(() -> refused(locale));
	}

	private ResponseEntity<?> refused(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage("report.error.request", null, locale));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
