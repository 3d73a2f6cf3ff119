package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/** Another worker became responsible for the case (Social Welfare Act §42); {@code context} names the new unit. */
public record ResponsibleWorkerChanged(UUID factId, CaseContext context, UUID fromUnitId, boolean byHandoff, Instant changedAt) {
}
