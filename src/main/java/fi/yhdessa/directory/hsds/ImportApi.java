package fi.yhdessa.directory.hsds;

import fi.yhdessa.platform.SignedInUser;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports HSDS 3.0 data for administrators and their scripts: the body is a JSON array of services
 * ({@code application/json}) or the tabular data package ({@code application/zip});
 * {@code language} says which language its texts are in. The answer is the import's report.
 */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ImportApi {

	private static final String ZIP = "application/zip";

	private final HsdsImport imports;

	ImportApi(HsdsImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/directory/imports", consumes = { MediaType.APPLICATION_JSON_VALUE, ZIP })
	ImportReport run(@RequestBody byte[] body, @RequestParam(defaultValue = "fi") String language, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		return imports.run(body, language, user.getUsername(), locale);
	}
}
