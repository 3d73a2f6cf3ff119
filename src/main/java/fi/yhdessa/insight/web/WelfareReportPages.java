package fi.yhdessa.insight.web;

import fi.yhdessa.insight.report.ReportSection;
import fi.yhdessa.insight.report.ReportTexts;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The analyst's welfare report: choose the period and area, write each section's text in Finnish
 * and Swedish, and take the report as a tagged PDF in either language or every table as CSV.
 */
@Controller
@PreAuthorize(ReportRequests.ROLES)
class WelfareReportPages {

	private final ReportRequests requests;
	private final ReportTexts texts;
	private final Network network;

	WelfareReportPages(ReportRequests requests, ReportTexts texts, Network network) {
		this.requests = requests;
		this.texts = texts;
		this.network = network;
	}

	@GetMapping("/insight/welfare-report")
	String report(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String period, @RequestParam(required = false) String area,
			Locale locale, Model model, HttpServletResponse response) {
		ReportRequests.Asked asked = requests.asked(user, period, area, null, locale).orElse(null);
		if (asked == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refusal", "report.error.request");
			asked = requests.asked(user, null, null, null, locale).orElseThrow();
		}
		if (!model.containsAttribute("reportTextForm")) {
			model.addAttribute("reportTextForm", ReportTextForm.of(asked.period().key(), asked.area(), texts.of(asked.period(), asked.area())));
		}
		return page(asked, locale, model);
	}

	@PostMapping("/insight/welfare-report/texts")
	String save(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("reportTextForm") ReportTextForm form, BindingResult errors, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReportRequests.Asked asked = requests.asked(user, form.getPeriod(), form.getArea(), null, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		var valid = form.valid(errors);
		if (valid == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(asked, locale, model);
		}
		valid.forEach((section, text) -> texts.save(asked.period(), asked.area(), section, text, user.getUsername()));
		redirect.addFlashAttribute("outcome", "report.textsSaved");
		return "redirect:" + UriComponentsBuilder.fromPath("/insight/welfare-report").queryParam("period", asked.period().key())
			.queryParamIfPresent("area", java.util.Optional.ofNullable(asked.area())).build().encode().toUriString();
	}

	@GetMapping("/insight/welfare-report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) String area, @RequestParam(required = false) String language, Locale locale) {
		ReportRequests.Asked asked = requests.asked(user, period, area, language, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(asked.fileName("pdf")).build().toString())
			.body(requests.pdf(asked));
	}

	@GetMapping("/insight/welfare-report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) String area, @RequestParam(required = false) String language, Locale locale) {
		ReportRequests.Asked asked = requests.asked(user, period, area, language, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		return CsvTables.download(requests.csv(asked), asked.fileName("csv"));
	}

	private String page(ReportRequests.Asked asked, Locale locale, Model model) {
		Map<String, String> areas = new LinkedHashMap<>();
		network.areas().forEach(a -> areas.put(a.code(), a.name().in(locale)));
		model.addAttribute("asked", asked);
		model.addAttribute("areas", areas);
		model.addAttribute("sections", ReportSection.values());
		model.addAttribute("query", UriComponentsBuilder.newInstance().queryParam("period", asked.period().key())
			.queryParamIfPresent("area", java.util.Optional.ofNullable(asked.area())).build().encode().toUriString());
		model.addAttribute("analyst", true);
		return "insight/report";
	}
}
