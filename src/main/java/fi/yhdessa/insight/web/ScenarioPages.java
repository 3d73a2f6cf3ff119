package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.Savings;
import fi.yhdessa.insight.costs.Scenarios;
import fi.yhdessa.insight.costs.UnitCost;
import fi.yhdessa.insight.costs.UnitCosts;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The savings calculator: the assumptions in a form whose prices start from the unit-cost table,
 * the result year by year, and scenarios saved by name (by the analyst) and compared side by side.
 */
@Controller
@PreAuthorize(InsightAccess.ROLES)
class ScenarioPages {

	private final Scenarios scenarios;
	private final UnitCosts unitCosts;
	private final InsightAccess access;
	private final ScenarioCharts charts;

	ScenarioPages(Scenarios scenarios, UnitCosts unitCosts, InsightAccess access, ScenarioCharts charts) {
		this.scenarios = scenarios;
		this.unitCosts = unitCosts;
		this.access = access;
		this.charts = charts;
	}

	@GetMapping("/insight/scenarios")
	String calculator(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("scenarioForm") ScenarioForm form, BindingResult errors,
			@RequestParam(name = "compare", required = false) List<UUID> compare, Locale locale, Model model, HttpServletResponse response) {
		Scope scope = access.scope(user);
		Map<String, UnitCost> prices = unitCosts.byItem();
		form.prices(monthly(prices, "CHILD_WELFARE_OPEN_CARE"), UnitCosts.price(prices, "INSTITUTIONAL_CARE", UnitCost.Basis.DAY),
				UnitCosts.price(prices, "FAMILY_COUNSELLING", UnitCost.Basis.VISIT));
		Savings.Assumptions assumptions = form.assumptions(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		Savings.Result result = assumptions == null ? null : Savings.of(assumptions);
		model.addAttribute("result", result);
		model.addAttribute("resultChart", result == null ? null : charts.json(result, locale));
		model.addAttribute("saved", scenarios.all());
		List<Scenarios.Scenario> compared = compare == null ? List.of() : compare.stream().map(scenarios::find).flatMap(Optional::stream).toList();
		model.addAttribute("compared", compared);
		model.addAttribute("comparedAssumptions", assumptions(compared));
		model.addAttribute("analyst", scope.edits());
		model.addAttribute("section", "scenarios");
		return "insight/scenarios";
	}

	/** Calculates the assumptions typed, or saves them under their name (the analyst only). */
	@PostMapping("/insight/scenarios")
	String calculateOrSave(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("scenarioForm") ScenarioForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!"save".equals(action)) {
			return calculator(user, form, errors, null, locale, model, response);
		}
		access.requireAnalyst(user);
		String name = form.name(errors);
		Savings.Assumptions assumptions = form.assumptions(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Savings.Result result = assumptions == null ? null : Savings.of(assumptions);
			model.addAttribute("result", result);
			model.addAttribute("resultChart", result == null ? null : charts.json(result, locale));
			model.addAttribute("saved", scenarios.all());
			model.addAttribute("compared", List.of());
			model.addAttribute("comparedAssumptions", Map.of());
			model.addAttribute("analyst", true);
			model.addAttribute("section", "scenarios");
			return "insight/scenarios";
		}
		Scenarios.Scenario saved = scenarios.save(Objects.requireNonNull(name), assumptions, user.getUsername());
		redirect.addFlashAttribute("outcome", "insight.scenario.saved");
		return "redirect:/insight/scenarios?compare=" + saved.id();
	}

	/** Each assumption with its value in each scenario compared, as written. */
	private static Map<String, List<String>> assumptions(List<Scenarios.Scenario> compared) {
		Map<String, Function<Savings.Assumptions, Object>> fields = new LinkedHashMap<>();
		fields.put("families", Savings.Assumptions::families);
		fields.put("wouldNeedCorrective", Savings.Assumptions::wouldNeedCorrective);
		fields.put("placed", Savings.Assumptions::placed);
		fields.put("openCareMonths", Savings.Assumptions::openCareMonths);
		fields.put("openCareMonthCost", Savings.Assumptions::openCareMonthCost);
		fields.put("placementDays", Savings.Assumptions::placementDays);
		fields.put("placementDayCost", Savings.Assumptions::placementDayCost);
		fields.put("earlyVisits", Savings.Assumptions::earlyVisits);
		fields.put("earlyVisitCost", Savings.Assumptions::earlyVisitCost);
		fields.put("years", Savings.Assumptions::years);
		Map<String, List<String>> rows = new LinkedHashMap<>();
		fields.forEach((name, value) -> rows.put(name, compared.stream()
			.map(s -> value.apply(s.assumptions()))
			.map(v -> v instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(v))
			.toList()));
		return rows;
	}

	/** The price of a month of open care: a case-month's, or thirty care days'. */
	static double monthly(Map<String, UnitCost> prices, String kind) {
		double month = UnitCosts.price(prices, kind, UnitCost.Basis.CASE_MONTH);
		return month > 0 ? month : 30 * UnitCosts.price(prices, kind, UnitCost.Basis.DAY);
	}
}
