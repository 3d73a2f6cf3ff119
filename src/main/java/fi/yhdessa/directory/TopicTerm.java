package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.util.UUID;

/** A topic of the directory's taxonomy. */
public record TopicTerm(UUID id, String code, LocalizedText name) {
}
