package fi.yhdessa.casework.web;

import fi.yhdessa.casework.Handoff;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Disclosures;
import fi.yhdessa.casework.access.Worklist;
import fi.yhdessa.casework.handoff.Handoffs;
import fi.yhdessa.casework.plan.CaseRecords;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Casework for integrations and scripts. Every call is checked and logged like the pages: a case
 * the caller has no relationship to is 404 (its existence does not leak), an operation the
 * caller's relationship does not allow is 403, a request that cannot be carried out is 422 with
 * the reason, and a hand-off answered already is 409.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('RESPONSIBLE_WORKER', 'CHILD_WELFARE_WORKER', 'GUIDANCE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'PARTNER_WORKER', 'SUPERVISOR', 'AUDITOR')")
@Tag(name = "Casework", description = "Cases, the responsible worker, the team, assessments, the client plan, the journal, hand-offs, the worklist and consents")
public class CaseworkApi {

	private final Cases cases;
	private final CaseRecords records;
	private final Handoffs handoffs;
	private final Worklist worklist;
	private final Disclosures disclosures;

	CaseworkApi(Cases cases, CaseRecords records, Handoffs handoffs, Worklist worklist, Disclosures disclosures) {
		this.disclosures = disclosures;
		this.cases = cases;
		this.records = records;
		this.handoffs = handoffs;
		this.worklist = worklist;
	}

	record Created(UUID id) {
	}

	@PostMapping("/cases")
	@Operation(summary = "Open a case for a family", description = "Members with names and personal identity codes (checked by their control character); the caller is the responsible worker unless another is named.")
	ResponseEntity<Created> open(@AuthenticationPrincipal SignedInUser user, @RequestBody Commands.OpenCase command) {
		UUID id = cases.open(user, command);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(new Created(id));
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "Read a case with its family, team, assessments, plan, hand-offs and latest journal entries")
	Cases.CaseView read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "1") int journalPage) {
		return cases.view(user, id, journalPage);
	}

	@PutMapping("/cases/{id}/responsible-worker")
	@Operation(summary = "Change the responsible worker, with the reason (Social Welfare Act §42)")
	ResponseEntity<Void> changeResponsible(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.ChangeResponsible command) {
		cases.changeResponsible(user, id, command);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/team")
	@Operation(summary = "Admit a professional to the team around the family", description = "Needs the family's consent to the professional's organisation, or the legal basis within the case's own organisation.")
	ResponseEntity<Created> joinTeam(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.JoinTeam command) {
		return ResponseEntity.status(201).body(new Created(cases.joinTeam(user, id, command)));
	}

	@PostMapping("/cases/{id}/assessments")
	@Operation(summary = "Initiate a service-needs assessment (Social Welfare Act §36)")
	ResponseEntity<Created> startAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.StartAssessment command) {
		return ResponseEntity.status(201).body(new Created(records.startAssessment(user, id, command)));
	}

	@PutMapping("/cases/{id}/assessments/{assessment}")
	@Operation(summary = "Record what an assessment found, and complete it")
	ResponseEntity<Void> recordAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID assessment,
			@RequestBody Commands.RecordAssessment command) {
		records.recordAssessment(user, id, assessment, command);
		return ResponseEntity.noContent().build();
	}

	record PlanWritten(int version) {
	}

	@PutMapping("/cases/{id}/plan")
	@Operation(summary = "Write a new version of the client plan")
	PlanWritten writePlan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.WritePlan command) {
		return new PlanWritten(records.writePlan(user, id, command));
	}

	@PostMapping("/cases/{id}/plan/agreement")
	@Operation(summary = "Record the family's agreement to the latest plan version")
	ResponseEntity<Void> agree(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.Agreement command) {
		records.recordAgreement(user, id, command);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/journal")
	@Operation(summary = "Append a journal entry, or a correction of an earlier one")
	ResponseEntity<Created> write(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.Write command) {
		return ResponseEntity.status(201).body(new Created(cases.write(user, id, command)));
	}

	@PostMapping("/cases/{id}/close")
	@Operation(summary = "Close a case with the reason and the outcome; it is never deleted")
	ResponseEntity<Void> close(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.Close command) {
		cases.close(user, id, command);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/cases/{id}/access-log")
	@Operation(summary = "The case's access-log entries, the newest first", description = "For the case's responsible worker, its supervisors and auditors. Reading the log is logged.")
	PageOf<AccessLog.Logged> accessLog(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "1") int page) {
		return disclosures.accessLog(user, id, new PageRequest(page, 50));
	}

	@PostMapping("/break-glass")
	@Operation(summary = "Open break-glass access to a case of one's own organisation by its reference, with the reason the supervisor will see")
	ResponseEntity<Created> breakGlass(@AuthenticationPrincipal SignedInUser user, @RequestBody Commands.BreakGlass command) {
		return ResponseEntity.status(201).body(new Created(disclosures.breakGlass(user, command)));
	}

	@PostMapping("/break-glass/{id}/review")
	@Operation(summary = "Mark a break-glass use as reviewed, by the supervisor of the case's unit")
	ResponseEntity<Void> reviewBreakGlass(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		disclosures.reviewBreakGlass(user, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/handoffs")
	@Operation(summary = "Propose a warm hand-off to another unit, organisation or worker", description = "Needs the family's consent to a receiver in another organisation, or the legal basis within the case's own.")
	ResponseEntity<Created> propose(@AuthenticationPrincipal SignedInUser user, @RequestBody Commands.ProposeHandoff command) {
		return ResponseEntity.status(201).body(new Created(handoffs.propose(user, command)));
	}

	@GetMapping("/handoffs/{id}")
	@Operation(summary = "A hand-off for its receiver, with its context")
	Handoff handoff(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return handoffs.forReceiver(user, id);
	}

	@PostMapping("/handoffs/{id}/accept")
	@Operation(summary = "Accept a hand-off; of two answers at once, exactly one wins and the other gets 409")
	Handoff accept(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return handoffs.accept(user, id);
	}

	@PostMapping("/handoffs/{id}/decline")
	@Operation(summary = "Decline a hand-off with the reason; it returns to the sender")
	Handoff decline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.Decline command) {
		return handoffs.decline(user, id, command);
	}

	@PostMapping("/handoffs/{id}/complete")
	@Operation(summary = "Record the first meeting: the hand-off is complete")
	Handoff complete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody Commands.Complete command) {
		return handoffs.complete(user, id, command);
	}

	@GetMapping("/worklist")
	@Operation(summary = "The caller's worklist, the overdue first, and open cases", description = "team=true gives a supervisor the items of every responsible worker of the unit.")
	Worklist.View worklist(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "false") boolean team,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "1") int casePage) {
		return worklist.of(user, team, page, casePage);
	}

	@PostMapping("/consents")
	@Operation(summary = "Record a family member's consent or denial of disclosure to an organisation")
	ResponseEntity<Consent> recordConsent(@AuthenticationPrincipal SignedInUser user, @RequestBody Commands.RecordConsent command) {
		Consent consent = disclosures.recordConsent(user, command);
		return ResponseEntity.created(URI.create("/api/v1/consents/" + consent.id())).body(consent);
	}

	@DeleteMapping("/consents/{id}")
	@Operation(summary = "Withdraw a consent or a denial; effective at once, also for sessions already open")
	Consent withdrawConsent(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return disclosures.withdrawConsent(user, id);
	}

}
