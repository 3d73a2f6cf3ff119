package fi.yhdessa.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret key from configuration, or — when none is configured — one made once and kept in a file
 * of the data directory, readable by its owner only: never in the database whose data it protects.
 */
public final class KeptKeys {

	private static final Logger log = LoggerFactory.getLogger(KeptKeys.class);

	private KeptKeys() {
	}

	/** The configured key's bytes, or the kept one's; {@code setting} names what to set, for the warning when a key is made. */
	public static byte[] of(String configured, Path file, String setting) {
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
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
			log.warn("No {} is set: a key was made now in {}. Keep that file with the backups, or set the key.", setting, file);
			return fresh;
		}
		catch (IOException e) {
			throw new UncheckedIOException("The key file " + file + " cannot be read or written", e);
		}
	}
}
