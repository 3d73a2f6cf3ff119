package fi.yhdessa.insight.web;

import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.indicators.ImportRefused;
import fi.yhdessa.insight.indicators.IndicatorImports;
import fi.yhdessa.insight.indicators.IndicatorWatch;
import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.insight.indicators.Polarisation;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.CompiledPages;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national indicators in the county: an indicator's polarisation by municipality and over time,
 * each table with its chart and CSV; and for the analyst, the indicators followed, an import now from
 * Sotkanet or from a downloaded file, and the record of imports.
 */
@Controller
@PreAuthorize(InsightAccess.ROLES)
class IndicatorPages {

	private final Indicators indicators;
	private final Polarisation polarisation;
	private final IndicatorWatch watch;
	private final IndicatorImports imports;
	private final InsightAccess access;
	private final Network network;
	private final CsvTables csv;
	private final Clock clock;
	private final PolarisationHtml html;
	private final CompiledPages pages;

	IndicatorPages(Indicators indicators, Polarisation polarisation, IndicatorWatch watch, IndicatorImports imports, InsightAccess access, Network network,
			CsvTables csv, Clock clock, PolarisationHtml html, CompiledPages pages) {
		this.html = html;
		this.pages = pages;
		this.indicators = indicators;
		this.polarisation = polarisation;
		this.watch = watch;
		this.imports = imports;
		this.access = access;
		this.network = network;
		this.csv = csv;
		this.clock = clock;
	}

	@GetMapping("/insight/indicators")
	String indicators(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer indicator,
			@RequestParam(required = false) String area, Locale locale, Model model, HttpServletRequest request) {
		Scope scope = access.scope(user);
		List<Indicators.Indicator> all = indicators.all();
		Indicators.Indicator chosen = all.stream().filter(i -> indicator == null || i.id() == indicator).findFirst().orElse(null);
		if (indicator != null && chosen == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<String, String> areas = new LinkedHashMap<>();
		network.areas().forEach(a -> areas.put(a.code(), a.name().in(locale)));
		String shownArea = scope.area() != null ? scope.area() : areas.containsKey(area) ? area : null;
		Polarisation.View view = chosen == null ? null : polarisation.of(chosen, shownArea, locale);
		boolean analyst = scope.edits();
		IndicatorsPage page = new IndicatorsPage(new InsightSections("indicators", InsightNavigation.makesReports(user), analyst), all, chosen, view,
				view == null ? null : html.of(view, shownArea, locale, request.getContextPath()), areas, shownArea, scope.area() != null,
				chosen == null ? null : chosen.citation(LocalDate.now(clock)), analyst);
		model.addAttribute("compiledContent", pages.render("insight/indicators.jte", page, request));
		return "insight/indicators";
	}

	@GetMapping("/insight/indicators/imports")
	String importsPage(@AuthenticationPrincipal SignedInUser user, Model model) {
		access.requireAnalyst(user);
		model.addAttribute("analyst", true);
		model.addAttribute("watched", watch.all());
		model.addAttribute("imports", imports.latest(10));
		return "insight/indicator-imports";
	}

	@GetMapping("/insight/indicators/{id}/{table}.csv")
	ResponseEntity<byte[]> table(@AuthenticationPrincipal SignedInUser user, @PathVariable int id, @PathVariable String table,
			@RequestParam(required = false) String area, Locale locale) {
		Scope scope = access.scope(user);
		Indicators.Indicator indicator = indicators.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FigureTable found = polarisation.of(indicator, scope.area() != null ? scope.area() : area, locale).tables().stream()
			.filter(t -> t.id().equals(table)).findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return CsvTables.download(csv.wide(found, html.lineHeading(table, locale), locale), "indicator-" + id + "-" + table + ".csv");
	}

	@PostMapping("/insight/indicators/watch")
	String follow(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String id, RedirectAttributes redirect) {
		access.requireAnalyst(user);
		try {
			int number = Integer.parseInt(id == null ? "" : id.trim());
			redirect.addFlashAttribute("outcome", watch.add(number, user.getUsername()) ? "indicators.watch.added" : "indicators.watch.already");
		}
		catch (NumberFormatException | ImportRefused e) {
			redirect.addFlashAttribute("outcome", "indicators.watch.invalid");
			redirect.addFlashAttribute("typedId", id);
		}
		return "redirect:/insight/indicators/imports";
	}

	@PostMapping("/insight/indicators/unwatch")
	String unfollow(@AuthenticationPrincipal SignedInUser user, @RequestParam int id, RedirectAttributes redirect) {
		access.requireAnalyst(user);
		redirect.addFlashAttribute("outcome", watch.remove(id) ? "indicators.watch.removed" : "indicators.watch.configured");
		return "redirect:/insight/indicators/imports";
	}

	@PostMapping("/insight/indicators/import")
	String importNow(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		access.requireAnalyst(user);
		List<Integer> ids = watch.ids();
		int year = LocalDate.now(clock).getYear();
		List<Integer> years = java.util.stream.IntStream.rangeClosed(year - 19, year).boxed().toList();
		return reported(ids.isEmpty() ? null : imports.fromSotkanet(ids, years), redirect);
	}

	@PostMapping("/insight/indicators/upload")
	String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		access.requireAnalyst(user);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("outcome", "indicators.error.empty");
			return "redirect:/insight/indicators/imports";
		}
		return reported(imports.fromFile(file.getOriginalFilename(), file.getBytes()), redirect);
	}

	private static String reported(IndicatorImports.Report report, RedirectAttributes redirect) {
		if (report == null) {
			redirect.addFlashAttribute("outcome", "indicators.watch.none");
		}
		else {
			redirect.addFlashAttribute("report", report);
		}
		return "redirect:/insight/indicators/imports";
	}
}
