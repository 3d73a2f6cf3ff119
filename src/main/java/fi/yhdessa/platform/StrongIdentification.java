package fi.yhdessa.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Strong identification through the county's OpenID Connect broker, configured by the standard
 * {@code spring.security.oauth2.client.*} properties. The broker's ID token names the person by
 * their personal identity code (the claim {@code yhdessa.identification.identity-code-claim});
 * the population register says who that is, and the person continues as the account of that
 * resident: an existing one, the resident's own account that asked to be identified, or a new
 * one. Someone the register does not know is not signed in.
 */
@Component
class StrongIdentification {

	private static final Logger log = LoggerFactory.getLogger("fi.yhdessa.security");
	/** The account that asked to be identified, to link to the resident when the broker answers. */
	static final String ACCOUNT_TO_LINK = "yhdessa.identification.account";

	private final Accounts accounts;
	private final ObjectProvider<ResidentRegister> register;
	private final ObjectProvider<ClientRegistrationRepository> brokers;
	private final SignInHandlers signIn;
	private final Clock clock;
	private final String identityCodeClaim;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final SecureRandom random = new SecureRandom();

	StrongIdentification(Accounts accounts, ObjectProvider<ResidentRegister> register, ObjectProvider<ClientRegistrationRepository> brokers,
			SignInHandlers signIn, Clock clock, @Value("${yhdessa.identification.identity-code-claim}") String identityCodeClaim) {
		this.accounts = accounts;
		this.register = register;
		this.brokers = brokers;
		this.signIn = signIn;
		this.clock = clock;
		this.identityCodeClaim = identityCodeClaim;
	}

	/** Checks the broker's answer: the code for tokens at the broker, and the ID token by the broker's keys. */
	static AuthenticationProvider byBroker() {
		return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService());
	}

	/** The brokers configured, in the order of their properties; none when strong identification is not set up. */
	List<ClientRegistration> brokers() {
		ClientRegistrationRepository repository = brokers.getIfAvailable();
		if (!(repository instanceof Iterable<?> registrations)) {
			return List.of();
		}
		return StreamSupport.stream(registrations.spliterator(), false).map(ClientRegistration.class::cast).toList();
	}

	void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication) throws IOException, ServletException {
		HttpSession session = request.getSession();
		Object toLink = session.getAttribute(ACCOUNT_TO_LINK);
		session.removeAttribute(ACCOUNT_TO_LINK);
		Optional<SignedInUser> user = authentication.getPrincipal() instanceof OidcUser person
				? accountOf(person, toLink instanceof AccountId id ? id : null, RequestContextUtils.getLocale(request).getLanguage())
				: Optional.empty();
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			session.invalidate();
			response.sendRedirect(request.getContextPath() + "/login?error=identification");
			return;
		}
		user.get().eraseCredentials();
		log.info("Identified strongly: username={}", user.get().getUsername());
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		if (toLink != null) {
			// Identified from the portal to see the family: back there.
			response.sendRedirect(request.getContextPath() + "/my");
			return;
		}
		signIn.succeeded(request, response, signedIn);
	}

	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
		log.info("Strong identification failed: {}", exception.getMessage());
		response.sendRedirect(request.getContextPath() + "/login?error=identification");
	}

	private Optional<SignedInUser> accountOf(OidcUser person, AccountId toLink, String language) {
		String code = person.getClaimAsString(identityCodeClaim);
		ResidentRegister residents = register.getIfAvailable();
		if (code == null || !PersonalIdentityCode.isValid(code) || residents == null) {
			log.info("The identification broker gave no valid personal identity code in the claim {}", identityCodeClaim);
			return Optional.empty();
		}
		Optional<ResidentRegister.Identified> resident = residents.identify(new PersonalIdentityCode(code));
		if (resident.isEmpty()) {
			return Optional.empty();
		}
		UUID residentId = resident.get().residentId();
		Optional<SignedInUser> account = accounts.signInDetailsOfResident(residentId);
		if (account.isEmpty() && toLink != null && accounts.linkResident(toLink, residentId)) {
			account = accounts.signInDetailsOfResident(residentId);
		}
		if (account.isEmpty()) {
			UUID id = UUID.randomUUID();
			accounts.register(new NewAccount(id, ResidentAccounts.usernameFor(id), unguessable(),
					resident.get().fullName(), null, EnumSet.of(Role.RESIDENT), null, null, residentId, language));
			account = accounts.signInDetailsOfResident(residentId);
		}
		account.filter(SignedInUser::isEnabled).ifPresent(user -> accounts.identified(user.id(), Instant.now(clock)));
		return account.filter(SignedInUser::isEnabled);
	}

	/** The password of an account made by identification: nobody knows it, so it signs in by identification only. */
	private String unguessable() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}
}
