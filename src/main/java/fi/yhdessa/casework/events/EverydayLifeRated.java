package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The family rated how its everyday life goes, 0 to 10, at the start ({@code START}) or at the end
 * ({@code END}) of its case; {@code byFamily} when it answered in the portal itself.
 */
public record EverydayLifeRated(UUID factId, CaseContext context, String stage, int rating, boolean byFamily, Instant ratedAt) {
}
