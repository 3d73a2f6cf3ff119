package fi.yhdessa.directory.ptv;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import fi.yhdessa.directory.kinds.KindWords;

/** A document as PTV's API might answer: a page of ids, or a list of services, channels or organisations; read whole, or refused with a reason. */
final class PtvDocumentFuzzer {

	private static final KindWords KINDS = KindWords.load();

	private PtvDocumentFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		int kind = data.consumeInt(0, 3);
		byte[] document = data.consumeRemainingAsBytes();
		try {
			switch (kind) {
				case 0 -> PtvFormat.idPage(document);
				case 1 -> PtvFormat.services(document).forEach(service -> PtvFormat.kinds(KINDS, service));
				case 2 -> PtvFormat.channels(document).forEach(channel -> channel.addresses()
					.forEach(address -> PtvCoordinates.of(address.latitude(), address.longitude())));
				default -> PtvFormat.organisations(document);
			}
		}
		catch (PtvRefused refused) {
			// the import reports it in the reader's language and writes nothing
		}
	}
}
