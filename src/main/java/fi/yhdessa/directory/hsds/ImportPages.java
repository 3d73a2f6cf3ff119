package fi.yhdessa.directory.hsds;

import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's upload page for HSDS imports: a JSON file or a zip, and the report. */
@Controller
@RequestMapping("/directory/imports")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ImportPages {

	private final HsdsImport imports;

	ImportPages(HsdsImport imports) {
		this.imports = imports;
	}

	@Bean
	static NavigationItem importsLink() {
		return new NavigationItem("nav.imports", "/directory/imports", EnumSet.of(Role.ADMINISTRATOR), 210);
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("language", "fi");
		return "directory/imports";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "fi") String language,
			@AuthenticationPrincipal SignedInUser user, Locale locale, HttpServletResponse response, Model model) throws IOException {
		model.addAttribute("language", language);
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("fileError", "imports.file.missing");
			return "directory/imports";
		}
		try {
			model.addAttribute("report", imports.run(file.getBytes(), language, user.getUsername(), locale));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("fileProblem", e.getMessage());
		}
		return "directory/imports";
	}
}
