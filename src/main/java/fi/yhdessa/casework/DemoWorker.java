package fi.yhdessa.casework;

import java.util.UUID;

/** A demo worker: an account that holds cases, with its unit and organisation. */
public record DemoWorker(UUID accountId, String username, String displayName, UUID organisationId, UUID unitId) {
}
