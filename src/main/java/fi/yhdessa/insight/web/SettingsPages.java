package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.Classification;
import fi.yhdessa.insight.costs.Tier;
import fi.yhdessa.insight.costs.UnitCost;
import fi.yhdessa.insight.costs.UnitCosts;
import fi.yhdessa.insight.figures.Labels;
import fi.yhdessa.insight.figures.Names;
import fi.yhdessa.insight.store.FactStore;
import fi.yhdessa.insight.store.Rebuild;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * The analyst keeps the unit-cost table (each figure with its source and year, or marked as the
 * county's own estimate), the classification of services into universal, early support and
 * corrective, and may rebuild the aggregates from the facts.
 */
@Controller
@PreAuthorize("hasRole('LEADERSHIP')")
class SettingsPages {

	private final UnitCosts unitCosts;
	private final Classification classification;
	private final Names names;
	private final Rebuild rebuild;
	private final FactStore facts;
	private final Clock clock;

	SettingsPages(UnitCosts unitCosts, Classification classification, Names names, Rebuild rebuild, FactStore facts, Clock clock) {
		this.facts = facts;
		this.clock = clock;
		this.unitCosts = unitCosts;
		this.classification = classification;
		this.names = names;
		this.rebuild = rebuild;
	}

	@GetMapping("/insight/settings")
	String settings(@ModelAttribute("unitCostForm") UnitCostForm form, Locale locale, Model model) {
		Labels labels = names.labels(locale);
		Map<String, Tier> tiers = classification.tiers();
		Map<String, String> kinds = new LinkedHashMap<>();
		tiers.keySet().stream().sorted(Comparator.comparing(labels::serviceKind)).forEach(kind -> kinds.put(kind, labels.serviceKind(kind)));
		model.addAttribute("costs", unitCosts.all());
		model.addAttribute("tiers", tiers);
		model.addAttribute("kinds", kinds);
		model.addAttribute("bases", UnitCost.Basis.values());
		model.addAttribute("tierChoices", Tier.values());
		model.addAttribute("facts", facts.count());
		model.addAttribute("rebuiltAt", rebuild.lastRun().map(at -> at.atZone(clock.getZone()).toLocalDateTime()).orElse(null));
		model.addAttribute("analyst", true);
		model.addAttribute("section", "settings");
		return "insight/settings";
	}

	@PostMapping("/insight/settings/unit-costs")
	String saveCost(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("unitCostForm") UnitCostForm form, BindingResult errors, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		UnitCostForm.Valid cost = form.valid(classification.tiers().keySet(), errors);
		if (cost == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return settings(form, locale, model);
		}
		unitCosts.save(cost.item(), cost.basis(), cost.amount(), cost.source(), cost.year(), cost.published(), user.getUsername());
		redirect.addFlashAttribute("outcome", "insight.cost.saved");
		return "redirect:/insight/settings#unit-costs";
	}

	@PostMapping("/insight/settings/unit-costs/remove")
	String removeCost(@RequestParam String item, RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", unitCosts.remove(item) ? "insight.cost.removed" : "insight.cost.notFound");
		return "redirect:/insight/settings#unit-costs";
	}

	@PostMapping("/insight/settings/classification")
	String classify(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Tier> tiers = classification.tiers();
		form.forEach((name, value) -> {
			if (name.startsWith("tier.") && tiers.containsKey(name.substring(5))) {
				Tier tier = Arrays.stream(Tier.values()).filter(t -> t.name().equals(value)).findFirst().orElse(null);
				if (tier != null && tier != tiers.get(name.substring(5))) {
					classification.classify(name.substring(5), tier, user.getUsername());
				}
			}
		});
		redirect.addFlashAttribute("outcome", "insight.classification.saved");
		return "redirect:/insight/settings#classification";
	}

	@PostMapping("/insight/settings/rebuild")
	String rebuild(RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", "insight.rebuilt");
		redirect.addFlashAttribute("rebuiltIn", rebuild.run().toMillis());
		return "redirect:/insight/settings#rebuild";
	}
}
