package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.search.SearchCounting;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors keep the list of everyday words that lead to service terms. */
@Controller
@RequestMapping("/directory/synonyms")
@PreAuthorize("hasAnyRole('SERVICE_EDITOR', 'COORDINATOR', 'ADMINISTRATOR')")
class SynonymPages {

	private final Directory directory;

	SynonymPages(Directory directory) {
		this.directory = directory;
	}

	@Bean
	static NavigationItem synonymsLink() {
		return new NavigationItem("nav.synonyms", "/directory/synonyms", EnumSet.of(Role.SERVICE_EDITOR, Role.COORDINATOR, Role.ADMINISTRATOR), 200);
	}

	/** The list, and the form to add one; {@code phrase} fills the form in (from the search report). */
	@GetMapping
	String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String phrase, Model model) {
		if (!model.containsAttribute("synonymForm")) {
			SynonymForm form = new SynonymForm();
			if (phrase != null) {
				form.setPhrase(SearchCounting.normalized(phrase));
			}
			model.addAttribute("synonymForm", form);
		}
		model.addAttribute("synonyms", directory.synonyms(PageRequest.of(page)));
		return "directory/synonyms";
	}

	@PostMapping
	String add(@Valid @ModelAttribute SynonymForm synonymForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("synonyms", directory.synonyms(PageRequest.of(1)));
			return "directory/synonyms";
		}
		boolean added = directory.addSynonym(synonymForm.getPhrase(), synonymForm.getExpansion(), synonymForm.getLanguage(), user.getUsername());
		redirect.addFlashAttribute("outcome", added ? "synonyms.added" : "synonyms.exists");
		redirect.addFlashAttribute("phrase", synonymForm.getPhrase());
		return "redirect:/directory/synonyms";
	}
}
