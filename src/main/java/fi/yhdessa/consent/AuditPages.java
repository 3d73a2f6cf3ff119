package fi.yhdessa.consent;

import fi.yhdessa.network.Network;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignInHistory;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The data protection officer's workspace: the access log searched by person, family, case, actor,
 * organisation, role, basis, action and period, in pages and as CSV; the ready searches for
 * break-glass use, denied access and families' own reports; failed sign-ins; the chain's check.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

	private final Audits audits;
	private final Network network;
	private final SignInHistory signIns;
	private final MessageSource messages;
	private final Clock clock;

	AuditPages(Audits audits, Network network, SignInHistory signIns, MessageSource messages, Clock clock) {
		this.audits = audits;
		this.network = network;
		this.signIns = signIns;
		this.messages = messages;
		this.clock = clock;
	}

	@Bean
	static NavigationItem auditLink() {
		return new NavigationItem("nav.audit", "/access-log", EnumSet.of(Role.AUDITOR), 790);
	}

	@Bean
	static RoleHome auditorHome() {
		return new RoleHome(Role.AUDITOR, "/access-log", "nav.audit");
	}

	@GetMapping("/access-log")
	String workspace(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("auditForm") AuditForm auditForm, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean search, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Map<UUID, String> organisations = organisations(locale);
		model.addAttribute("organisations", organisations);
		model.addAttribute("roles", Stream.of(Role.values()).map(Role::name).toList());
		model.addAttribute("actions", AccessEntry.Action.values());
		model.addAttribute("failedSignIns", signIns.failedSince(clock.instant().minus(Duration.ofDays(7)), 20));
		if (search) {
			auditForm.check(errors);
			audits.search(user, auditForm, errors, new PageRequest(page, 50)).ifPresentOrElse(found -> {
				model.addAttribute("found", found);
				String query = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page").build().getQuery();
				model.addAttribute("pagerBase", "/access-log?" + query);
				model.addAttribute("csvUrl", "/access-log.csv?" + query);
			}, () -> response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value()));
		}
		return "consent/audit";
	}

	@GetMapping("/access-log.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("auditForm") AuditForm auditForm, BindingResult errors,
			Locale locale) {
		auditForm.check(errors);
		var found = audits.export(user, auditForm, errors);
		if (found.isEmpty()) {
			return ResponseEntity.unprocessableContent().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(errors.getAllErrors().stream().map(e -> messages.getMessage(e, locale)).reduce((a, b) -> a + "\n" + b).orElse("").getBytes(StandardCharsets.UTF_8));
		}
		List<AccessLog.Logged> entries = found.get();
		List<String> header = Stream.of("sequence", "time", "actor", "role", "organisation", "action", "record", "recordId", "subjects", "basis")
			.map(column -> messages.getMessage("audit.csv." + column, null, locale))
			.toList();
		String csv = AccessLogCsv.write(header, entries, organisations(locale));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("access-log-" + LocalDate.now(clock) + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private Map<UUID, String> organisations(Locale locale) {
		Map<UUID, String> names = new LinkedHashMap<>();
		PageOf<Network.OrganisationListing> listing = network.organisations(List.of(), new PageRequest(1, 200));
		listing.items().forEach(o -> names.put(o.organisation().id().value(), o.organisation().name().in(locale)));
		return names;
	}
}
