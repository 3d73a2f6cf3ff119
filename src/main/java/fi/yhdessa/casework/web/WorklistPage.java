package fi.yhdessa.casework.web;

import fi.yhdessa.casework.MessageThread;
import fi.yhdessa.casework.access.Referrals;
import fi.yhdessa.casework.access.Worklist;
import fi.yhdessa.network.NetworkAction;
import fi.yhdessa.platform.PageOf;
import java.time.LocalDate;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * What the worklist's content shows ({@code src/main/jte/casework/worklist.jte}): the items and
 * cases of the worker or the supervisor's unit, the network's actions and unread messages, the
 * referrals waiting, and the break-glass form with what was typed in it when it was refused.
 *
 * @param done the message key of what was just done ({@code ?done=…}), or null
 * @param referrals null unless the user opens cases
 * @param breakGlassProblem the message key of why breaking the glass was refused, or null
 * @param breakGlassTyped what was typed in the refused break-glass form, or null
 */
public record WorklistPage(Worklist.View view, boolean team, boolean supervisor, boolean opens, LocalDate today, String done,
		List<MessageThread> unreadThreads, List<NetworkAction> networkActions, PageOf<Referrals.Referral> referrals,
		String breakGlassProblem, MultiValueMap<String, String> breakGlassTyped) {

	public String typed(String field) {
		String value = breakGlassTyped == null ? null : breakGlassTyped.getFirst(field);
		return value == null ? "" : value;
	}

	/** The worklist's own address, which its pagers add their page to. */
	public String base() {
		return team ? "/casework?team=true" : "/casework";
	}
}
