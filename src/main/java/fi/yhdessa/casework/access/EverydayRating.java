package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.EverydayLifeRated;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.util.UUID;

/**
 * The family's own answer to "how does your everyday life go now?", 0 (very hard) to 10 (well), at
 * the start and at the end of its case: the simplest before-and-after measure a family can give.
 */
public record EverydayRating(UUID caseId, Stage stage, int rating, Instant answeredAt, String answeredBy, boolean byFamily) {

	static final int HIGHEST = 10;

	/** When the family is asked. Message key {@code everyday.stage.NAME}. */
	public enum Stage {
		START, END
	}

	/** The family answers, once per stage: at the start while the case is open. Records {@link EverydayLifeRated}. */
	public static Changed<EverydayRating> answer(EverydayRating answer, ClientCase clientCase, CaseContext context) {
		if (answer.rating < 0 || answer.rating > HIGHEST) {
			throw new Problem("everyday.error.rating");
		}
		if (answer.stage == Stage.START && !clientCase.isOpen()) {
			throw new Problem("case.error.closed");
		}
		return Changed.created(answer, new EverydayLifeRated(FactIds.of("EverydayLifeRated", answer.caseId, answer.stage), context, answer.stage.name(),
				answer.rating, answer.byFamily, answer.answeredAt));
	}
}
