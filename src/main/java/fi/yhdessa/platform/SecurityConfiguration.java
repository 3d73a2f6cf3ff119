package fi.yhdessa.platform;

import jakarta.servlet.DispatcherType;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny by default. Two filter chains: the JSON API under {@code /api/} (session with CSRF token,
 * or HTTP Basic without it; errors as problem details) and the HTML pages (form sign-in).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * No observation of the security filters: with only the property that disables them, every filter
	 * of every request was still wrapped in an observation that did nothing (4 % of a page's processor time).
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(Accounts accounts) {
		return username -> accounts.signInDetails(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle) {
		DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users);
		byPassword.setPasswordEncoder(passwords);
		return new ProviderManager(new ThrottledAuthentication(byPassword, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication, List<PublicPaths> publicPaths,
			KnownAddresses addresses) throws Exception {
		String[] openApi = publicPaths.stream().flatMap(paths -> paths.patterns().stream()).filter(path -> path.startsWith("/api/")).toArray(String[]::new);
		http.securityMatcher("/api/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests(requests -> {
				requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
				if (openApi.length > 0) {
					// Never with no patterns: that would match every GET.
					requests.requestMatchers(HttpMethod.GET, openApi).permitAll();
				}
				requests.anyRequest().authenticated();
			})
			.httpBasic(basic -> basic.realmName("Yhdessa").authenticationEntryPoint(problems::unauthorized))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(addresses.or404(problems::unauthorized))
				.accessDeniedHandler(addresses.or404(problems::forbidden)))
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::usesBasicAuthentication))
			.headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SignInHandlers signIn, StrongIdentification identification, AuthenticationManager authentication,
			List<PublicPaths> publicPaths, KnownAddresses addresses) throws Exception {
		String[] modulePaths = publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toArray(String[]::new);
		boolean identifying = !identification.brokers().isEmpty();
		// The pages sign in by the identification broker when one is configured, else by the throttled password; nothing else.
		http.authenticationManager(identifying ? new ProviderManager(List.of(StrongIdentification.byBroker()), authentication) : authentication)
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/", "/login", "/setup", "/error", "/favicon.ico", "/robots.txt").permitAll()
				.requestMatchers("/signup", "/signup/**", "/password/**", "/identify").permitAll()
				.requestMatchers(modulePaths).permitAll()
				.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
				.requestMatchers("/actuator/prometheus").access(SecurityConfiguration::fromThisMachineOrAdministrator)
				.requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
				.requestMatchers("/home", "/network/**").hasAnyRole(Role.staffNames())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signIn::succeeded)
				.failureHandler(signIn::failed)
				.permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(addresses.or404(signIn::signInRequired))
				.accessDeniedHandler(addresses.or404(new AccessDeniedHandlerImpl())))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::strictHeaders);
		if (identifying) {
			http.oauth2Login(login -> login.loginPage("/login").successHandler(identification::succeeded).failureHandler(identification::failed));
		}
		return http.build();
	}

	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.contentTypeOptions(nosniff -> {
			})
			.cacheControl(cache -> {
			});
	}

	private static boolean usesBasicAuthentication(jakarta.servlet.http.HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static AuthorizationResult fromThisMachineOrAdministrator(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		try {
			if (InetAddress.getByName(context.getRequest().getRemoteAddr()).isLoopbackAddress()) {
				return new AuthorizationDecision(true);
			}
		}
		catch (java.net.UnknownHostException e) {
			return new AuthorizationDecision(false);
		}
		Authentication who = authentication.get();
		return new AuthorizationDecision(who != null && who.getAuthorities().stream()
			.anyMatch(authority -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority())));
	}
}
