package fi.yhdessa.casework;

import java.time.Instant;

/**
 * The responsible worker's record that a young person may forbid giving their information to their
 * guardians (Social Welfare Client Act 812/2000 §11): the young person's age and development
 * considered, it is clearly in their interest. Only while one is in force may the young person hide
 * parts of their own case.
 */
public record GuardianRestriction(String grounds, String recordedBy, Instant recordedAt) {
}
