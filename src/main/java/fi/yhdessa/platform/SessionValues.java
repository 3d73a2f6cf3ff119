package fi.yhdessa.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The values of the sessions in PostgreSQL, to and from their stored bytes by Java serialization as
 * Spring Session writes them, with the two that every signed-in request reads — who is signed in (the
 * security context) and the form token — read from their bytes once per node instead of on every
 * request (a JFR profile of the casework pages put the reading at a twentieth of the platform's
 * processor). A value is found again only by bytes equal to those it was read from, so a session
 * whose value another node changed reads the new one. A form token cannot change; a security context
 * is handed out as a new context around the authentication read, so that what one request does to its
 * context (signing out empties it) reaches no other. Other values (a flash message) are read every time.
 */
final class SessionValues implements Converter<byte[], Object> {

	/** Bytes kept for at most this many megabytes of values: some thousands of sessions. */
	private static final long MEGABYTES = 16;

	private final DeserializingConverter reading;
	/** Read values by their stored bytes, which a wrapping buffer compares and hashes by content. */
	private final Cache<ByteBuffer, Object> read = Caffeine.newBuilder()
		.maximumWeight(MEGABYTES * 1024 * 1024)
		.<ByteBuffer, Object>weigher((bytes, value) -> bytes.capacity())
		.expireAfterAccess(Duration.ofMinutes(31))
		.build();

	private SessionValues(ClassLoader classes) {
		this.reading = new DeserializingConverter(classes);
	}

	/** The conversions Spring Session uses for the values it keeps. */
	static GenericConversionService conversions(ClassLoader classes) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, new SessionValues(classes));
		return conversions;
	}

	@Override
	public Object convert(byte[] stored) {
		ByteBuffer key = ByteBuffer.wrap(stored);
		Object known = read.getIfPresent(key);
		if (known == null) {
			known = reading.convert(stored);
			if (!(known instanceof SecurityContext || known instanceof CsrfToken)) {
				return known;
			}
			read.put(key, known);
		}
		// Each request its own context around the same authentication: signing out empties only its own.
		return known instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication()) : known;
	}
}
