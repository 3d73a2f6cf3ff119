package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.TopicTerm;
import fi.yhdessa.directory.search.SearchCounting;
import fi.yhdessa.directory.web.Choice;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
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

/** Editors see the needs the search understands, with their phrases and the kinds of service that help, and add phrases. */
@Controller
@PreAuthorize("hasAnyRole('SERVICE_EDITOR', 'COORDINATOR', 'ADMINISTRATOR')")
class NeedPages {

	private final NeedsEditing needs;
	private final Directory directory;

	NeedPages(NeedsEditing needs, Directory directory) {
		this.needs = needs;
		this.directory = directory;
	}

	@Bean
	static NavigationItem needsLink() {
		return new NavigationItem("nav.needs", "/directory/needs", EnumSet.of(Role.SERVICE_EDITOR, Role.COORDINATOR, Role.ADMINISTRATOR), 205);
	}

	/**
	 * The list, the form to add a phrase to a need, and the forms to add a need and a kind of service; {@code phrase}
	 * fills in the phrase and {@code kind} the new kind's name (from the search report).
	 */
	@GetMapping("/directory/needs")
	String list(@RequestParam(required = false) String phrase, @RequestParam(required = false) String kind, Locale locale, Model model) {
		String typed = phrase == null ? null : SearchCounting.normalized(phrase);
		if (!model.containsAttribute("needPhraseForm")) {
			NeedPhraseForm form = new NeedPhraseForm();
			if (typed != null) {
				form.setPhrase(typed);
			}
			model.addAttribute("needPhraseForm", form);
		}
		if (!model.containsAttribute("newNeedForm")) {
			NewNeedForm form = new NewNeedForm();
			form.setFirstPhrase(typed);
			form.setPhraseLanguage(languageOf(locale));
			model.addAttribute("newNeedForm", form);
		}
		if (!model.containsAttribute("newKindForm")) {
			NewKindForm form = new NewKindForm();
			form.setNameFi(kind);
			model.addAttribute("newKindForm", form);
		}
		List<TopicTerm> kinds = directory.topics();
		model.addAttribute("kindChoices", kinds.stream().map(topic -> new Choice(topic.code(), topic.name().in(locale))).toList());
		var all = needs.needs();
		Map<String, String> topicNames = kinds.stream().collect(Collectors.toMap(TopicTerm::code, topic -> topic.name().in(locale)));
		model.addAttribute("needs", all);
		model.addAttribute("helpedBy", all.stream().collect(Collectors.toMap(need -> need.code(),
				need -> need.topics().stream().map(code -> topicNames.getOrDefault(code, code)).collect(Collectors.joining(", ")))));
		model.addAttribute("language", languageOf(locale));
		return "directory/needs";
	}

	@PostMapping("/directory/needs/phrases")
	String addPhrase(@Valid @ModelAttribute NeedPhraseForm needPhraseForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("need") && needs.needs().stream().noneMatch(need -> need.code().equals(needPhraseForm.getNeed()))) {
			errors.rejectValue("need", "needs.need.unknown");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(null, null, locale, model);
		}
		boolean added = needs.addPhrase(needPhraseForm.getNeed(), needPhraseForm.getLanguage(), needPhraseForm.getPhrase(), user.getUsername());
		redirect.addFlashAttribute("outcome", added ? "needs.added" : "needs.exists");
		redirect.addFlashAttribute("phrase", needPhraseForm.getPhrase());
		return "redirect:/directory/needs";
	}

	@PostMapping("/directory/needs")
	String addNeed(@Valid @ModelAttribute NewNeedForm newNeedForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		Set<String> known = directory.topics().stream().map(TopicTerm::code).collect(Collectors.toSet());
		if (!errors.hasFieldErrors("kinds") && !known.containsAll(newNeedForm.getKinds())) {
			errors.rejectValue("kinds", "needs.new.kinds.unknown");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(null, null, locale, model);
		}
		needs.addNeed(newNeedForm, user.getUsername());
		redirect.addFlashAttribute("outcome", "needs.new.added");
		redirect.addFlashAttribute("phrase", newNeedForm.getLabelFi());
		return "redirect:/directory/needs";
	}

	@PostMapping("/directory/kinds")
	String addKind(@Valid @ModelAttribute NewKindForm newKindForm, BindingResult errors, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && directory.topics().stream().anyMatch(topic -> newKindForm.getNameFi().equalsIgnoreCase(topic.name().fi()))) {
			errors.rejectValue("nameFi", "needs.kind.exists");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(null, null, locale, model);
		}
		needs.addKind(newKindForm);
		redirect.addFlashAttribute("outcome", "needs.kind.added");
		redirect.addFlashAttribute("phrase", newKindForm.getNameFi());
		return "redirect:/directory/needs";
	}

	private static String languageOf(Locale locale) {
		return Map.of("sv", "sv", "en", "en").getOrDefault(locale.getLanguage(), "fi");
	}
}
