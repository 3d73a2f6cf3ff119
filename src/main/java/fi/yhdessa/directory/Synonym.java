package fi.yhdessa.directory;

import java.time.Instant;

/** An everyday phrase that finds services by another term, with who added it and when. */
public record Synonym(String phrase, String expansion, String language, String createdBy, Instant createdAt) {
}
