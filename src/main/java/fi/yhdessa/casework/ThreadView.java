package fi.yhdessa.casework;

import java.util.List;
import java.util.UUID;

/** A thread with its messages, as the worker or the family reads it. */
public record ThreadView(UUID caseId, String caseReference, MessageThread thread, List<Message> messages) {
}
