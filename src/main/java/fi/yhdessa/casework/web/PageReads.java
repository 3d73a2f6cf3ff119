package fi.yhdessa.casework.web;

import fi.yhdessa.casework.MessageThread;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Referrals;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.casework.access.Worklist;
import fi.yhdessa.casework.messages.Messages;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * What the most viewed casework pages read, each page's reads in one transaction: their access-log
 * entries are appended when it commits, and the page pays for one commit instead of one per facade.
 * A refusal commits the entry that denied it, as the facades' own transactions do.
 */
@Component
class PageReads {

	private final Cases cases;
	private final Worklist worklist;
	private final Messages messages;
	private final Network network;
	private final Referrals referrals;

	PageReads(Cases cases, Worklist worklist, Messages messages, Network network, Referrals referrals) {
		this.cases = cases;
		this.worklist = worklist;
		this.messages = messages;
		this.network = network;
		this.referrals = referrals;
	}

	/** A case as its page shows it, with its message threads. */
	record CaseAndThreads(Cases.CaseView view, List<MessageThread> threads) {
	}

	@Transactional(noRollbackFor = Refusal.class)
	public CaseAndThreads caseAndThreads(SignedInUser user, UUID id, int journalPage) {
		Cases.CaseView view = cases.view(user, id, journalPage);
		return new CaseAndThreads(view, messages.threadsOf(user, id));
	}

	/** The worklist's content: {@code opens} when the user opens cases, and so sees the referrals waiting. */
	@Transactional(noRollbackFor = Refusal.class)
	public WorklistPage worklist(SignedInUser user, boolean team, boolean opens, int page, int casePage, LocalDate today, String done,
			String breakGlassProblem, MultiValueMap<String, String> breakGlassTyped) {
		return new WorklistPage(worklist.of(user, team, page, casePage), team, user.has(Role.SUPERVISOR), opens, today, done, messages.unreadBy(user),
				network.openActionsOf(user.id().value()), opens ? referrals.waiting(new PageRequest(1, 10)) : null, breakGlassProblem, breakGlassTyped);
	}
}
