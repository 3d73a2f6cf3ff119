package fi.yhdessa.casework;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import fi.yhdessa.casework.messages.Messages;

/**
 * An uploaded attachment: its type read from its first bytes, its name made safe. Whatever was
 * sent, the name kept has no path, no control or reserved characters, at most 100 characters and
 * the extension of the type the content really has.
 */
final class AttachmentFuzzer {

	private AttachmentFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		String given = data.consumeBoolean() ? null : data.consumeString(300);
		byte[] content = data.consumeRemainingAsBytes();
		Messages.contentType(content).ifPresent(type -> {
			String kept = Messages.fileName(given, type);
			String extension = switch (type) {
				case "application/pdf" -> ".pdf";
				case "image/png" -> ".png";
				default -> ".jpg";
			};
			if (kept.length() > 100 || !kept.endsWith(extension) || kept.matches("(?s).*[\\p{Cntrl}/\\\\\"<>|:*?].*") || kept.startsWith(".")) {
				throw new IllegalStateException("unsafe name kept: " + kept + " from " + given);
			}
		});
	}
}
