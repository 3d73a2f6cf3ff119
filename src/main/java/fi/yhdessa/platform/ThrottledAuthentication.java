package fi.yhdessa.platform;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the throttle before the password, and records every attempt with its outcome. */
class ThrottledAuthentication implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger("fi.yhdessa.security");

	private final AuthenticationProvider passwords;
	private final SignInThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
		if (throttle.isThrottled(username, address)) {
			log.warn("Sign-in refused by the throttle: username={} address={}", username, address);
			throttle.record(username, address, false);
			throw new SignInThrottled("Too many failed sign-ins");
		}
		try {
			var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials());
			attempt.setDetails(authentication.getDetails());
			Authentication result = passwords.authenticate(attempt);
			throttle.record(username, address, true);
			log.info("Signed in: username={} address={}", username, address);
			return result;
		}
		catch (AuthenticationException e) {
			throttle.record(username, address, false);
			log.info("Sign-in failed: username={} address={} reason={}", username, address, e.getClass().getSimpleName());
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
