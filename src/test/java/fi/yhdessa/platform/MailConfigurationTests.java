package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The platform's SMTP sender takes {@code spring.mail.*} as Spring Boot's own would (ADR 0021). */
class MailConfigurationTests {

	@Test
	void withoutAHostNothingIsConfiguredAndTheOutboxKeepsItsMail() {
		assertThat(MailConfiguration.configured(sender(new MailProperties()))).isFalse();
	}

	@Test
	void takesTheServerTheAccountAndTlsWithAnSslBundle() {
		MailProperties mail = new MailProperties();
		mail.setHost("smtp.jarvilaakso.example");
		mail.setPort(465);
		mail.setUsername("yhdessa");
		mail.setPassword("salasana");
		mail.getProperties().put("mail.smtp.timeout", "5000");
		mail.getSsl().setEnabled(true);
		mail.getSsl().setVerifyHostname(true);
		mail.getSsl().setBundle("mail");

		JavaMailSenderImpl sender = sender(mail);

		assertThat(MailConfiguration.configured(sender)).isTrue();
		assertThat(sender.getHost()).isEqualTo("smtp.jarvilaakso.example");
		assertThat(sender.getPort()).isEqualTo(465);
		assertThat(sender.getUsername()).isEqualTo("yhdessa");
		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "5000")
			.containsEntry("mail.smtp.ssl.enable", "true")
			.containsEntry("mail.smtp.ssl.checkserveridentity", "true");
		assertThat(sender.getJavaMailProperties().get("mail.smtp.ssl.socketFactory")).isInstanceOf(SSLSocketFactory.class);
	}

	private static JavaMailSenderImpl sender(MailProperties mail) {
		DefaultSslBundleRegistry bundles = new DefaultSslBundleRegistry();
		bundles.registerBundle("mail", SslBundle.of(SslStoreBundle.NONE));
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sslBundles", bundles);
		return new MailConfiguration().mailSender(mail, beans.getBeanProvider(SslBundles.class));
	}
}
