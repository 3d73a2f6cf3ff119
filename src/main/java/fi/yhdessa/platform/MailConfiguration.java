package fi.yhdessa.platform;

import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP sender, always a bean and set from {@code spring.mail.*} as the platform starts; without
 * {@code spring.mail.host} it has no host and the outbox keeps its mail. Spring Boot's own sender
 * exists only when a host is set, and that decision is taken at build time for a start from the
 * ahead-of-time processed context (ADR 0021): this one is the same in both starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	@Bean
	JavaMailSenderImpl mailSender(MailProperties mail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(mail.getHost());
		if (mail.getPort() != null) {
			sender.setPort(mail.getPort());
		}
		sender.setUsername(mail.getUsername());
		sender.setPassword(mail.getPassword());
		sender.setProtocol(mail.getProtocol());
		sender.setDefaultEncoding(mail.getDefaultEncoding().name());
		Properties properties = new Properties();
		properties.putAll(mail.getProperties());
		if (mail.getSsl().isEnabled()) {
			properties.put("mail." + mail.getProtocol() + ".ssl.enable", "true");
		}
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/** Whether an SMTP server is configured. */
	static boolean configured(JavaMailSenderImpl sender) {
		return sender.getHost() != null && !sender.getHost().isBlank();
	}
}
