package fi.yhdessa.citizen;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server for the portal's tests. */
final class PortalMail {

	static final int PORT = 3026;
	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private PortalMail() {
	}

	static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
	}

	/** Waits up to ten seconds for a mail to the recipient whose subject has the words; the path and query of the link in it. */
	static String link(GreenMailExtension smtp, String recipient, String subjectWords) throws InterruptedException {
		for (int attempt = 0; attempt < 100; attempt++) {
			Optional<String> body = Arrays.stream(smtp.getReceivedMessages())
				.filter(message -> to(message, recipient) && subject(message).toLowerCase(Locale.ROOT).contains(subjectWords.toLowerCase(Locale.ROOT)))
				.reduce((first, second) -> second)
				.map(PortalMail::text);
			if (body.isPresent()) {
				Matcher link = LINK.matcher(body.get());
				if (!link.find()) {
					throw new AssertionError("The mail has no link: " + body.get());
				}
				URI uri = URI.create(link.group());
				return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail to " + recipient + " about " + subjectWords);
	}

	private static boolean to(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException e) {
			return false;
		}
	}

	private static String text(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (MessagingException | java.io.IOException e) {
			throw new AssertionError("The mail cannot be read", e);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException e) {
			return "";
		}
	}
}
