package fi.yhdessa.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages build message keys from the front door's enums; each value has its text in Finnish, Swedish and English. */
class FrontDoorMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "fi", "sv", "en" })
	void everyEnumValueShownOnAPageHasItsText(String language) throws IOException {
		Properties texts = new Properties();
		try (var in = new InputStreamReader(getClass().getResourceAsStream("/i18n/frontdoor_" + language + ".properties"), StandardCharsets.UTF_8)) {
			texts.load(in);
		}
		List<String> needed = new ArrayList<>();
		keys(needed, "contact.topic.", Contact.Topic.values());
		keys(needed, "contact.origin.", Contact.Origin.values());
		keys(needed, "contact.answerBy.", Contact.AnswerBy.values());
		keys(needed, "contactStatus.next.", Contact.AnswerBy.values());
		keys(needed, "contact.urgency.", Contact.Urgency.values());
		keys(needed, "contact.outcome.", Contact.Outcome.values());
		keys(needed, "booking.mode.", BookingMode.values());
		keys(needed, "concern.level.", Concern.Level.values());
		keys(needed, "invitation.status.", Concern.InvitationStatus.values());
		keys(needed, "notification.reporter.", Notification.ReporterKind.values());
		keys(needed, "notification.urgency.", Notification.Urgency.values());
		keys(needed, "notification.decision.", Notification.Decision.values());
		Stream.of("overdue", "today", "near", "later").map(state -> "clock." + state).forEach(needed::add);
		Stream.of("mail.booked", "mail.cancelled", "mail.reminder").flatMap(m -> Stream.of(m + ".subject", m + ".body")).forEach(needed::add);

		assertThat(texts.stringPropertyNames()).as("frontdoor_%s.properties", language).containsAll(needed);
	}

	private static void keys(List<String> needed, String prefix, Enum<?>[] values) {
		Arrays.stream(values).map(value -> prefix + value.name()).forEach(needed::add);
	}
}
