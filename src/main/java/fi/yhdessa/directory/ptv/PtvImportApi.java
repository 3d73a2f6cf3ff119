package fi.yhdessa.directory.ptv;

import fi.yhdessa.platform.SignedInUser;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs an import from the Suomi.fi service catalogue (PTV) now, for administrators and coordinators and their
 * scripts; the answer is its report. {@code full=true} reads every service of the municipalities, not only those
 * modified since the last import. PTV unreachable or answering outside its format is 502 with the report saying
 * why (nothing changed); no municipalities configured is 409.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
class PtvImportApi {

	private final PtvImports imports;

	PtvImportApi(PtvImports imports) {
		this.imports = imports;
	}

	@PostMapping("/api/v1/directory/ptv-imports")
	ResponseEntity<PtvImportReport> run(@RequestParam(defaultValue = "false") boolean full, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		PtvImportReport report = imports.run(user.getUsername(), full, locale);
		HttpStatus status = switch (report.outcome()) {
			case "DONE" -> HttpStatus.OK;
			case "NOT_CONFIGURED" -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_GATEWAY;
		};
		return ResponseEntity.status(status).body(report);
	}
}
