package fi.yhdessa.platform;

import java.util.List;

/**
 * Paths a module serves to everyone, signed in or not, contributed as a bean; everything else
 * needs a signed-in user (deny by default).
 */
public record PublicPaths(List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}
}
