package fi.yhdessa.insight.intake;

import fi.yhdessa.platform.KeptKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms of families and records: the first 16 bytes of HMAC-SHA-256 of the id under a
 * secret key. The same id gets the same pseudonym, so repeat contacts and bounces can be counted;
 * without the key a pseudonym leads nowhere. The key comes from {@code YHDESSA_INSIGHT_KEY}; when it
 * is not set, a random key is made once and kept in the data directory — never in the database,
 * which holds the pseudonyms.
 */
@Component
public class Pseudonyms {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;
	private final ThreadLocal<Mac> macs;

	Pseudonyms(@Value("${yhdessa.insight.pseudonym-key:}") String configured, @Value("${yhdessa.data-dir}") Path dataDir) {
		this.key = new SecretKeySpec(KeptKeys.of(configured, dataDir.resolve("insight-pseudonym.key"), "YHDESSA_INSIGHT_KEY"), ALGORITHM);
		this.macs = ThreadLocal.withInitial(this::mac);
	}

	/** The pseudonym of an id; {@code null} for none. */
	public byte[] of(UUID id) {
		return id == null ? null : of(id.toString());
	}

	/** The pseudonym of a part of a record, such as one goal of a plan version. */
	public byte[] of(UUID id, Object... parts) {
		StringBuilder name = new StringBuilder(id.toString());
		for (Object part : parts) {
			name.append(':').append(part);
		}
		return of(name.toString());
	}

	private byte[] of(String name) {
		return Arrays.copyOf(macs.get().doFinal(name.getBytes(StandardCharsets.UTF_8)), 16);
	}

	private Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}
}
