package testidentityprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the tests, standing in for the county's identification
 * broker: Spring Authorization Server on its own port, in its own application context (outside
 * {@code fi.yhdessa}, so the platform's scanning never finds it). A person signs in on its form
 * with their personal identity code as the username and the password {@value #PASSWORD}; the ID
 * token carries the code in the claim {@value #IDENTITY_CODE_CLAIM}. It starts once per test JVM.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
@EnableWebSecurity
public class TestIdentityProvider {

	public static final String PASSWORD = "tunnistus";
	public static final String IDENTITY_CODE_CLAIM = "personal_identity_code";
	public static final String REGISTRATION = "testbroker";
	static final String CLIENT_ID = "yhdessa";
	static final String CLIENT_SECRET = "broker-secret";

	private static final Set<String> REDIRECTS = ConcurrentHashMap.newKeySet();
	private static String issuer;

	/** Starts the provider the first time; its issuer address. */
	public static synchronized String issuer() {
		if (issuer == null) {
			// The provider must not configure logging again for the whole JVM.
			String loggingSystem = System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
			try {
				ConfigurableApplicationContext context = new SpringApplicationBuilder(TestIdentityProvider.class)
					.properties("spring.config.name=test-identity-provider", "server.port=0", "server.servlet.session.cookie.name=IDP_SESSION",
							"spring.main.banner-mode=off")
					.run();
				issuer = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			}
			finally {
				if (loggingSystem == null) {
					System.clearProperty("org.springframework.boot.logging.LoggingSystem");
				}
				else {
					System.setProperty("org.springframework.boot.logging.LoggingSystem", loggingSystem);
				}
			}
		}
		return issuer;
	}

	/**
	 * Configures a platform under test to identify people here: the client registration, and the
	 * platform's redirect address allowed once its port is known.
	 */
	public static class Broker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext platform) {
			String prefix = "spring.security.oauth2.client.registration." + REGISTRATION;
			TestPropertyValues.of(prefix + ".client-id=" + CLIENT_ID, prefix + ".client-secret=" + CLIENT_SECRET, prefix + ".scope=openid",
					prefix + ".client-name=Testitunnistus", prefix + ".authorization-grant-type=authorization_code",
					prefix + ".redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
					"spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri=" + issuer(),
					"yhdessa.identification.identity-code-claim=" + IDENTITY_CODE_CLAIM)
				.applyTo(platform);
			platform.addApplicationListener((ApplicationListener<WebServerInitializedEvent>) started -> REDIRECTS
				.add("http://localhost:" + started.getWebServer().getPort() + "/login/oauth2/code/" + REGISTRATION));
		}
	}

	@Bean
	@Order(1)
	SecurityFilterChain protocol(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, as -> as.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
		return http.build();
	}

	/** Anyone may sign in with the common password; the username is the identity code the token will carry. */
	@Bean
	UserDetailsService people() {
		return username -> User.withUsername(username).password("{noop}" + PASSWORD).roles("PERSON").build();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> identityCode() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim(IDENTITY_CODE_CLAIM, context.getPrincipal().getName());
			}
		};
	}

	/** The platform as the one client; its redirect addresses are those of the platforms started so far. */
	@Bean
	RegisteredClientRepository clients() {
		return new RegisteredClientRepository() {

			@Override
			public void save(RegisteredClient client) {
				// The client is fixed; the provider saves it only to re-hash its secret, which need not be kept.
			}

			@Override
			public RegisteredClient findById(String id) {
				return CLIENT_ID.equals(id) ? platform() : null;
			}

			@Override
			public RegisteredClient findByClientId(String clientId) {
				return CLIENT_ID.equals(clientId) ? platform() : null;
			}
		};
	}

	private static RegisteredClient platform() {
		return RegisteredClient.withId(CLIENT_ID)
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris(uris -> uris.addAll(REDIRECTS.isEmpty() ? Set.of("http://localhost/none") : REDIRECTS))
			.scope(OidcScopes.OPENID)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
	}

	/** The signing key pair, made for each run. */
	@Bean
	KeyPair signingKeys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	@Bean
	JWKSource<SecurityContext> keys(KeyPair signingKeys) {
		RSAKey key = new RSAKey.Builder((RSAPublicKey) signingKeys.getPublic()).privateKey((RSAPrivateKey) signingKeys.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	/** For the provider's user-info endpoint, which OpenID Connect brings with it. */
	@Bean
	JwtDecoder accessTokens(KeyPair signingKeys) {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) signingKeys.getPublic()).build();
	}

	@Bean
	AuthorizationServerSettings settings() {
		return AuthorizationServerSettings.builder().build();
	}
}
