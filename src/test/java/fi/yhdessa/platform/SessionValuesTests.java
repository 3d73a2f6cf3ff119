package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class SessionValuesTests {

	private final ConversionService conversions = SessionValues.conversions(getClass().getClassLoader());

	@Test
	void theSecurityContextAndTheFormTokenAreReadOnceFromTheSameBytes() {
		byte[] stored = bytes(signedIn("worker"));
		SecurityContext first = read(stored, SecurityContext.class);
		assertThat(read(stored.clone(), SecurityContext.class).getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(first.getAuthentication().getName()).isEqualTo("worker");
		byte[] token = bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "a1b2"));
		assertThat(read(token.clone(), Object.class)).isSameAs(read(token, Object.class));
	}

	@Test
	void signingOutInOneRequestEmptiesOnlyItsOwnContext() {
		byte[] stored = bytes(signedIn("worker"));
		SecurityContext signingOut = read(stored, SecurityContext.class);
		SecurityContext another = read(stored, SecurityContext.class);
		signingOut.setAuthentication(null);
		assertThat(another.getAuthentication().getName()).isEqualTo("worker");
		assertThat(read(stored, SecurityContext.class).getAuthentication().getName()).isEqualTo("worker");
	}

	@Test
	void aSessionChangedElsewhereIsReadFromItsNewBytes() {
		byte[] before = bytes(signedIn("worker"));
		byte[] after = bytes(signedIn("supervisor"));
		assertThat(read(before, SecurityContext.class).getAuthentication().getName()).isEqualTo("worker");
		assertThat(read(after, SecurityContext.class).getAuthentication().getName()).isEqualTo("supervisor");
	}

	@Test
	void otherValuesAreReadAnewEveryTime() {
		byte[] flash = bytes(new ArrayList<>(List.of("Tallennettu")));
		Object first = read(flash, Object.class);
		assertThat(read(flash, Object.class)).isEqualTo(first).isNotSameAs(first);
	}

	private static SecurityContext signedIn(String name) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null, AuthorityUtils.createAuthorityList("ROLE_WORKER")));
	}

	private byte[] bytes(Object value) {
		return conversions.convert(value, byte[].class);
	}

	private <T> T read(byte[] stored, Class<T> type) {
		return type.cast(conversions.convert(stored, Object.class));
	}
}
