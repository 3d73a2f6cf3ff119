package fi.yhdessa.consent;

import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's search of the access log and the verification of its chain. A search is itself logged. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Access log", description = "Who read or changed whose client data: the auditor's search and the chain's verification")
class AccessLogApi {

	private final AccessLog accessLog;
	private final AccessLogCheckpoints checkpoints;

	AccessLogApi(AccessLog accessLog, AccessLogCheckpoints checkpoints) {
		this.accessLog = accessLog;
		this.checkpoints = checkpoints;
	}

	@GetMapping("/api/v1/access-log")
	@Operation(summary = "Search the access log, the newest first; every filter is optional")
	@Transactional
	PageOf<AccessLog.Logged> search(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String recordKind, @RequestParam(required = false) String recordId, @RequestParam(required = false) UUID subject,
			@RequestParam(required = false) AccessEntry.Action action, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant until, @RequestParam(defaultValue = "1") int page) {
		accessLog.record(AccessEntry.by(user, AccessEntry.Action.READ, "consent.access-log",
				subject != null ? subject.toString() : "search", subject != null ? List.of(subject) : List.of(), "audit of the access log (Client Data Act 703/2023 §11)"));
		return accessLog.search(new AccessLog.Search(actor, null, recordKind, recordId, subject == null ? List.of() : List.of(subject), action, from, until, List.of(), null, null, null), new PageRequest(page, 50));
	}

	@GetMapping("/api/v1/access-log/verification")
	@Operation(summary = "Recompute the hash chain and hold it to the last signed checkpoint: the first changed or missing entry, and entries cut from the end, if any")
	AccessLogCheckpoints.Standing verify() {
		return checkpoints.verify();
	}
}
