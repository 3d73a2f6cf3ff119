package fi.yhdessa.platform;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is: the simplest way for an integration to check its credentials. */
@RestController
class CurrentUserApi {

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		return new Me(user.getUsername(), user.displayName(), user.roles().stream().map(Role::name).sorted().toList());
	}

	record Me(String username, String displayName, List<String> roles) {
	}
}
