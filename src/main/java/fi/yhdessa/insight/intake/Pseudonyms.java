package fi.yhdessa.insight.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);
	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;
	private final ThreadLocal<Mac> macs;

	Pseudonyms(@Value("${yhdessa.insight.pseudonym-key:}") String configured, @Value("${yhdessa.data-dir}") Path dataDir) {
		this.key = new SecretKeySpec(configured.isBlank() ? keptKey(dataDir.resolve("insight-pseudonym.key")) : configured.getBytes(StandardCharsets.UTF_8),
				ALGORITHM);
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

	private static byte[] keptKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the data directory's own permissions protect it.
			}
			log.warn("No YHDESSA_INSIGHT_KEY is set: insight's pseudonyms use a key made now in {}. Keep that file with the backups, or set the key.", file);
			return fresh;
		}
		catch (IOException e) {
			throw new UncheckedIOException("The pseudonym key in " + file + " cannot be read or written", e);
		}
	}
}
