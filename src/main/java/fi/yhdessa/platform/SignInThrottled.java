package fi.yhdessa.platform;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures. */
class SignInThrottled extends AuthenticationException {

	SignInThrottled(String message) {
		super(message);
	}
}
