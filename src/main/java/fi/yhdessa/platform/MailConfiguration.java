package fi.yhdessa.platform;

import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP sender, always a bean and set from {@code spring.mail.*} as the platform starts; without
 * {@code spring.mail.host} it has no host and the outbox keeps its mail. Spring Boot's own sender
 * exists only when a host is set, and that decision is taken at build time for a start from the
 * ahead-of-time processed context (ADR 0021): this one is the same in both starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	/** Set as Spring Boot sets its own: host, port, account, protocol, encoding, extra properties and TLS. */
	@Bean
	JavaMailSenderImpl mailSender(MailProperties mail, ObjectProvider<SslBundles> sslBundles) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(mail.getHost());
		if (mail.getPort() != null) {
			sender.setPort(mail.getPort());
		}
		sender.setUsername(mail.getUsername());
		sender.setPassword(mail.getPassword());
		sender.setProtocol(mail.getProtocol());
		if (mail.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(mail.getDefaultEncoding().name());
		}
		Properties properties = new Properties();
		properties.putAll(mail.getProperties());
		String protocol = StringUtils.hasLength(mail.getProtocol()) ? mail.getProtocol() : "smtp";
		MailProperties.Ssl ssl = mail.getSsl();
		boolean bundle = StringUtils.hasLength(ssl.getBundle());
		if ((ssl.isEnabled() || bundle) && ssl.isVerifyHostname()) {
			properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
		}
		if (ssl.isEnabled()) {
			properties.setProperty("mail." + protocol + ".ssl.enable", "true");
		}
		if (bundle) {
			properties.put("mail." + protocol + ".ssl.socketFactory",
					sslBundles.getObject().getBundle(ssl.getBundle()).createSslContext().getSocketFactory());
		}
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/** Whether an SMTP server is configured. */
	static boolean configured(JavaMailSenderImpl sender) {
		return sender.getHost() != null && !sender.getHost().isBlank();
	}
}
