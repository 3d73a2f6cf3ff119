package fi.yhdessa.citizen;

import fi.yhdessa.casework.FamilyPortal;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The family's report of who has processed its data, as a page and as a PDF. */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class AccessReportPages {

	static final String PURPOSE = "the family's report of who has processed its data (Client Data Act 703/2023 §11)";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

	private final FamilyPortal portal;
	private final AccessReport report;
	private final MessageSource messages;

	AccessReportPages(FamilyPortal portal, AccessReport report, MessageSource messages) {
		this.portal = portal;
		this.report = report;
		this.messages = messages;
	}

	@GetMapping("/my/families/{id}/access-log")
	String report(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			@RequestParam(required = false) UUID organisation, @RequestParam(required = false) AccessEntry.Action action,
			@RequestParam(defaultValue = "false") boolean own, @RequestParam(defaultValue = "1") int page, Model model) {
		FamilyPortal.Family family = portal.requireMember(user, id, PURPOSE);
		AccessReport.Typed typed = AccessReport.Filter.of(from, until, organisation, action, own, report.today());
		AccessReport.Filter filter = typed.filter();
		model.addAttribute("problem", typed.problem());
		model.addAttribute("family", family);
		model.addAttribute("filter", filter);
		AccessReport.Scope scope = new AccessReport.Scope(family.subjects(), portal.recordsHiddenFrom(user, id));
		model.addAttribute("rows", report.page(scope, filter, new PageRequest(page, 50)));
		model.addAttribute("organisations", report.organisations(scope));
		model.addAttribute("actions", AccessEntry.Action.values());
		model.addAttribute("baseUrl", query("/my/families/" + id + "/access-log", filter));
		model.addAttribute("pdfUrl", query("/my/families/" + id + "/access-log.pdf", filter));
		return "citizen/access-log";
	}

	@GetMapping("/my/families/{id}/access-log.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			@RequestParam(required = false) UUID organisation, @RequestParam(required = false) AccessEntry.Action action,
			@RequestParam(defaultValue = "false") boolean own, Locale locale) {
		FamilyPortal.Family family = portal.requireMember(user, id, PURPOSE);
		AccessReport.Filter filter = AccessReport.Filter.of(from, until, organisation, action, own, report.today()).filter();
		PageOf<AccessReport.Row> rows = report.forPdf(new AccessReport.Scope(family.subjects(), portal.recordsHiddenFrom(user, id)), filter);
		PdfWriter pdf = new PdfWriter(text("accessReport.title", locale), locale.getLanguage());
		pdf.paragraph(text("report.pdf.family", locale, family.name()));
		pdf.paragraph(text("report.period", locale, filter.from().format(DAY), filter.until().format(DAY)));
		pdf.paragraph(text("report.pdf.count", locale, rows.total()));
		if (rows.total() > rows.items().size()) {
			pdf.paragraph(text("report.pdf.limited", locale, rows.items().size()));
		}
		for (AccessReport.Row row : rows.items()) {
			pdf.heading(row.at().atZone(AccessReport.FINLAND).format(WHEN) + " · " + row.who());
			pdf.paragraph(text(row.roleKey(), locale) + (row.organisation() == null ? "" : ", " + row.organisation().in(locale)));
			pdf.paragraph(text("report.action." + row.action(), locale) + ": " + text(row.kindKey(), locale));
			pdf.small(text("report.basis", locale) + ": " + basis(row, locale));
		}
		pdf.small(text("report.pdf.law", locale));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("yhdessa-access-log-" + report.today() + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf.bytes());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** The basis in the reader's language; one a person typed, as written. */
	private String basis(AccessReport.Row row, Locale locale) {
		String text = row.basisKey() == null ? null : messages.getMessage(row.basisKey(), new Object[] { row.basisDetail() }, null, locale);
		return text != null ? text : row.basis();
	}

	private static String query(String path, AccessReport.Filter filter) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).queryParam("from", filter.from()).queryParam("until", filter.until());
		if (filter.organisation() != null) {
			url.queryParam("organisation", filter.organisation());
		}
		if (filter.action() != null) {
			url.queryParam("action", filter.action());
		}
		if (filter.ownViews()) {
			url.queryParam("own", true);
		}
		return url.toUriString();
	}
}
