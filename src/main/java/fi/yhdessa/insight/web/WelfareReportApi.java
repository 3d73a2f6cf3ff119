package fi.yhdessa.insight.web;

import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
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

	@GetMapping(produces = { MediaType.APPLICATION_PDF_VALUE, "text/csv" })
	@Operation(summary = "The welfare report as a tagged PDF, or every table as CSV with Accept: text/csv; without parameters the latest full year for the whole county")
	ResponseEntity<?> report(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "a year (2025) or years (2023-2025), full years only") @RequestParam(required = false) String period,
			@Parameter(description = "an area of the county; none for the whole county") @RequestParam(required = false) String area,
			@Parameter(description = "fi, sv or en; by default the request's language") @RequestParam(required = false) String language,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
		boolean csv = wantsCsv(accept);
		return requests.asked(user, period, area, language, locale)
			.<ResponseEntity<?>>map(asked -> csv ? CsvTables.download(requests.csv(asked), asked.fileName("csv"))
					: ResponseEntity.ok()
						.contentType(MediaType.APPLICATION_PDF)
						.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(asked.fileName("pdf")).build().toString())
						.body(requests.pdf(asked)))
			.orElseGet(() -> refused(locale));
	}

	/** CSV when the request prefers it to PDF; PDF otherwise, also for {@code *}{@code /*}. */
	static boolean wantsCsv(String accept) {
		if (accept == null) {
			return false;
		}
		List<MediaType> types = MediaType.parseMediaTypes(accept);
		types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			if (type.isCompatibleWith(MediaType.APPLICATION_PDF) && !type.isWildcardType()) {
				return false;
			}
			if (type.isCompatibleWith(MediaType.parseMediaType("text/csv")) && !type.isWildcardType()) {
				return true;
			}
		}
		return false;
	}

	private ResponseEntity<?> refused(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage("report.error.request", null, locale));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
