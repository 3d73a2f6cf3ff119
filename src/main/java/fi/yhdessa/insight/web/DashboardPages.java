package fi.yhdessa.insight.web;

import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The leadership's dashboard: the service flow, costs and effectiveness, each table with its chart
 * and its CSV, filtered by period, place, kind of service, channel, age group and language, with a
 * second period to compare and each municipality leading to its units. Coordinators and supervisors
 * read the figures of their own area or unit.
 */
@Controller
@PreAuthorize(InsightAccess.ROLES)
class DashboardPages {

	private final Dashboard dashboard;
	private final CsvTables csv;

	DashboardPages(Dashboard dashboard, CsvTables csv) {
		this.dashboard = dashboard;
		this.csv = csv;
	}

	@Bean
	static NavigationItem insightLink() {
		return new NavigationItem("nav.insight", "/insight", EnumSet.of(Role.LEADERSHIP, Role.COORDINATOR, Role.SUPERVISOR), 60);
	}

	@Bean
	static RoleHome leadershipHome() {
		return new RoleHome(Role.LEADERSHIP, "/insight", "nav.insight");
	}

	@GetMapping("/insight")
	String serviceFlow(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("insightForm") InsightForm form, BindingResult errors,
			HttpServletRequest request, Locale locale, Model model, HttpServletResponse response) {
		return page(Dashboard.Section.SERVICE_FLOW, user, form, errors, request, locale, model, response);
	}

	@GetMapping("/insight/costs")
	String costs(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("insightForm") InsightForm form, BindingResult errors,
			HttpServletRequest request, Locale locale, Model model, HttpServletResponse response) {
		return page(Dashboard.Section.COSTS, user, form, errors, request, locale, model, response);
	}

	@GetMapping("/insight/effectiveness")
	String effectiveness(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("insightForm") InsightForm form, BindingResult errors,
			HttpServletRequest request, Locale locale, Model model, HttpServletResponse response) {
		return page(Dashboard.Section.EFFECTIVENESS, user, form, errors, request, locale, model, response);
	}

	/** One table as CSV, with the page's filters. */
	@GetMapping("/insight/{section}/{table}.csv")
	ResponseEntity<byte[]> table(@AuthenticationPrincipal SignedInUser user, @PathVariable String section, @PathVariable String table,
			@ModelAttribute InsightForm form, Locale locale) {
		Dashboard.Section part = Dashboard.Section.of(section);
		if (part == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		BindingResult errors = new BeanPropertyBindingResult(form, "insightForm");
		Dashboard.Figures figures = dashboard.figures(user, part, form, errors, locale);
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		FigureTable found = figures.table(table);
		if (found == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return CsvTables.download(csv.wide(found, figures.labels().text("insight.table." + table + ".lines"), locale), table + ".csv");
	}

	private String page(Dashboard.Section section, SignedInUser user, InsightForm form, BindingResult errors, HttpServletRequest request, Locale locale,
			Model model, HttpServletResponse response) {
		Dashboard.Figures figures = dashboard.figures(user, section, form, errors, locale);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		Map<String, String> charts = new LinkedHashMap<>();
		figures.tables().forEach(t -> charts.put(t.id(), ChartData.of(t).json()));
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		model.addAttribute("figures", figures);
		model.addAttribute("charts", charts);
		model.addAttribute("section", section.path());
		model.addAttribute("query", query);
		model.addAttribute("sections", Arrays.stream(Dashboard.Section.values()).map(Dashboard.Section::path).toList());
		model.addAttribute("drills", drills(request, figures));
		model.addAttribute("options", options(figures));
		model.addAttribute("analyst", figures.scope().edits());
		return "insight/dashboard";
	}

	/** Where each line of each table leads: the same filters, narrowed to the line's municipality or unit. */
	private static Map<String, String> drills(HttpServletRequest request, Dashboard.Figures figures) {
		Map<String, String> links = new LinkedHashMap<>();
		for (FigureTable table : figures.tables()) {
			for (FigureTable.Line line : table.lines()) {
				if (line.drill() != null) {
					UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
					request.getParameterMap().forEach((name, values) -> {
						if (!name.equals(line.drill().parameter()) && !("municipality".equals(line.drill().parameter()) && name.equals("unit"))) {
							link.queryParam(name, (Object[]) values);
						}
					});
					link.queryParam(line.drill().parameter(), line.drill().value());
					links.put(table.id() + "/" + line.key(), link.build().encode().toUriString());
				}
			}
		}
		return links;
	}

	/** The choices of the filters, labelled in the reader's language. */
	private Map<String, Map<String, String>> options(Dashboard.Figures figures) {
		var labels = figures.labels();
		Map<String, Map<String, String>> options = new LinkedHashMap<>();
		options.put("municipality", labels.municipalities());
		options.put("area", labels.areas());
		Map<String, String> units = new TreeMap<>();
		labels.units().forEach((id, name) -> units.put(id.toString(), name));
		options.put("unit", sortedByName(units));
		Map<String, String> kinds = new LinkedHashMap<>();
		dashboard.choices(labels).serviceKinds().forEach(kind -> kinds.put(kind, labels.serviceKind(kind)));
		options.put("serviceKind", sortedByName(kinds));
		Map<String, String> channels = new LinkedHashMap<>();
		Arrays.stream(Dimensions.Channel.values()).forEach(c -> channels.put(c.name(), labels.text("insight.channel." + c.name())));
		options.put("channel", channels);
		Map<String, String> ages = new LinkedHashMap<>();
		Arrays.stream(Dimensions.AgeGroup.values()).forEach(a -> ages.put(a.name(), labels.text("insight.age." + a.name())));
		options.put("ageGroup", ages);
		Map<String, String> languages = new LinkedHashMap<>();
		List.of("fi", "sv", "en").forEach(l -> languages.put(l, labels.text("language." + l)));
		options.put("language", languages);
		return options;
	}

	private static Map<String, String> sortedByName(Map<String, String> byId) {
		Map<String, String> sorted = new LinkedHashMap<>();
		byId.entrySet().stream().sorted(Map.Entry.comparingByValue(Collator.getInstance(Locale.of("fi"))))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}
}
