package fi.yhdessa.directory.ptv;

import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import from the Suomi.fi service catalogue for administrators and coordinators: which municipalities are
 * imported, starting an import now (it runs in the background, its progress shown as it goes), and the imports that
 * have run with what each changed.
 */
@Controller
@RequestMapping("/directory/ptv-imports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
class PtvImportPages {

	private final PtvImports imports;
	private final PtvImportRuns runs;

	PtvImportPages(PtvImports imports, PtvImportRuns runs) {
		this.imports = imports;
		this.runs = runs;
	}

	@Bean
	static NavigationItem ptvImportsLink() {
		return new NavigationItem("nav.ptvImports", "/directory/ptv-imports", EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR), 215);
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer page, @RequestParam(required = false) UUID run, Model model) {
		model.addAttribute("form", new PtvImportForm());
		model.addAttribute("municipalities", imports.municipalities());
		model.addAttribute("running", imports.running());
		model.addAttribute("runs", runs.page(PageRequest.of(page)));
		model.addAttribute("shown", (run == null ? runs.latest() : runs.find(run)).orElse(null));
		return "directory/ptv-imports";
	}

	/** The progress of the running import, polled by the page until it is done. */
	@GetMapping("/progress")
	String progress(Model model) {
		model.addAttribute("running", imports.running());
		model.addAttribute("polled", true);
		return "directory/ptv-imports :: progress";
	}

	@PostMapping
	String start(@ModelAttribute("form") PtvImportForm form, @AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
		boolean started = imports.start(user.getUsername(), form.isFull(), locale);
		redirect.addFlashAttribute("notice", started ? "ptvImports.startedNow" : imports.municipalities().isEmpty() ? "ptv.notConfigured" : "ptvImports.alreadyRunning");
		return "redirect:/directory/ptv-imports";
	}
}
