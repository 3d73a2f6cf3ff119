package fi.yhdessa.insight.web;

import fi.yhdessa.insight.indicators.IndicatorImports;
import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * National indicators imported from THL's Sotkanet: read by those who see insight, imported by the
 * analyst from the API or from a downloaded file of its data rows. Counts of 1–4 people are left out.
 */
@RestController
@RequestMapping("/api/v1/insight")
@PreAuthorize(InsightAccess.ROLES)
@Tag(name = "Indicators", description = "National indicators from THL's Sotkanet, by region, year and gender; imports.")
class IndicatorApi {

	private final Indicators indicators;
	private final IndicatorImports imports;
	private final InsightAccess access;
	private final MessageSource messages;
	private final Clock clock;

	IndicatorApi(Indicators indicators, IndicatorImports imports, InsightAccess access, MessageSource messages, Clock clock) {
		this.indicators = indicators;
		this.imports = imports;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	record IndicatorAnswer(int id, String title, String description, String valueType, Integer decimals, String producer, LocalDate dataUpdated,
			Integer rangeStart, Integer rangeEnd, String citation) {
	}

	@GetMapping("/indicators")
	@Operation(summary = "The imported indicators with their metadata and how to cite them")
	List<IndicatorAnswer> indicators(@AuthenticationPrincipal SignedInUser user, Locale locale) {
		access.scope(user);
		LocalDate today = LocalDate.now(clock);
		return indicators.all().stream().map(i -> new IndicatorAnswer(i.id(), i.title().in(locale), i.description() == null ? null : i.description().in(locale),
				i.valueType(), i.decimals(), i.producer(), i.dataUpdated(), i.rangeStart(), i.rangeEnd(), i.citation(today))).toList();
	}

	@GetMapping("/indicators/{id}/values")
	@Operation(summary = "An indicator's values by region, year and gender; a value about 1–4 people is null with \"suppressed\": true")
	ResponseEntity<List<Indicators.Value>> values(@AuthenticationPrincipal SignedInUser user, @PathVariable int id,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer year) {
		access.scope(user);
		if (indicators.find(id).isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok(indicators.values(id, category, year));
	}

	/** What to import from Sotkanet's API: indicator ids and years. */
	record ImportRequest(List<Integer> indicators, List<Integer> years) {
	}

	record ImportAnswer(IndicatorImports.Report.Outcome outcome, int added, int changed, int unchanged, String message) {
	}

	@PostMapping(value = "/indicator-imports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import indicators and their values for years from Sotkanet's API (the analyst)")
	ResponseEntity<ImportAnswer> importFromSotkanet(@AuthenticationPrincipal SignedInUser user, @RequestBody ImportRequest request, Locale locale) {
		access.requireAnalyst(user);
		List<Integer> ids = request.indicators() == null ? List.of() : request.indicators();
		List<Integer> years = request.years() == null ? List.of() : request.years();
		if (ids.isEmpty() || years.isEmpty() || ids.size() > 100 || years.size() > 50) {
			return answer(new IndicatorImports.Report(IndicatorImports.Report.Outcome.REFUSED, 0, 0, 0, "indicators.error.request", List.of()), locale);
		}
		return answer(imports.fromSotkanet(ids, years), locale);
	}

	@PostMapping(value = "/indicator-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a downloaded file of Sotkanet's data rows (the analyst)")
	ResponseEntity<ImportAnswer> importFile(@AuthenticationPrincipal SignedInUser user, @RequestPart("file") MultipartFile file, Locale locale)
			throws IOException {
		access.requireAnalyst(user);
		return answer(imports.fromFile(file.getOriginalFilename(), file.getBytes()), locale);
	}

	private ResponseEntity<ImportAnswer> answer(IndicatorImports.Report report, Locale locale) {
		String message = report.messageKey() == null ? null : messages.getMessage(report.messageKey(), report.arguments().toArray(), report.messageKey(), locale);
		HttpStatus status = switch (report.outcome()) {
			case IMPORTED -> HttpStatus.OK;
			case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
			case UNREACHABLE -> HttpStatus.BAD_GATEWAY;
		};
		return ResponseEntity.status(status).body(new ImportAnswer(report.outcome(), report.added(), report.changed(), report.unchanged(), message));
	}
}
