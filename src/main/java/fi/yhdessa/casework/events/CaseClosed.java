package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was closed with its outcome: {@code GOALS_MET}, {@code SERVICES_CONTINUE_ELSEWHERE}, {@code MOVED_AWAY},
 * {@code NO_NEED} or {@code FAMILY_DECLINED}.
 */
public record CaseClosed(UUID factId, CaseContext context, String outcome, Instant openedAt, Instant closedAt) {
}
