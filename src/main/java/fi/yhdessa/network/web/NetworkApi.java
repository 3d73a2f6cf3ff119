package fi.yhdessa.network.web;

import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.agreements.Agreement;
import fi.yhdessa.network.agreements.AgreementState;
import fi.yhdessa.network.agreements.Agreements;
import fi.yhdessa.network.centres.FamilyCentre;
import fi.yhdessa.network.centres.FamilyCentres;
import fi.yhdessa.network.groups.Action;
import fi.yhdessa.network.groups.Group;
import fi.yhdessa.network.groups.Groups;
import fi.yhdessa.network.people.Person;
import fi.yhdessa.network.workshops.FollowUp;
import fi.yhdessa.network.workshops.Participants;
import fi.yhdessa.network.workshops.ProposalState;
import fi.yhdessa.network.workshops.Proposals;
import fi.yhdessa.network.workshops.Workshop;
import fi.yhdessa.network.workshops.Workshops;
import fi.yhdessa.platform.PublicPaths;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network for integrations: family centres, open workshops and what became of their proposals
 * for everyone; groups for their members; agreements for the coordinator and leadership; and the
 * writes the pages make. No answer carries who signed up, proposed or supported.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Network", description = "Family centres, groups, cooperation agreements, co-development workshops and their proposals.")
class NetworkApi {

	private final FamilyCentres centres;
	private final Groups groups;
	private final Agreements agreements;
	private final Workshops workshops;
	private final Participants participants;
	private final Proposals proposals;
	private final PublicProposals publicProposals;
	private final NetworkNames names;

	NetworkApi(FamilyCentres centres, Groups groups, Agreements agreements, Workshops workshops, Participants participants, Proposals proposals,
			PublicProposals publicProposals, NetworkNames names) {
		this.centres = centres;
		this.groups = groups;
		this.agreements = agreements;
		this.workshops = workshops;
		this.participants = participants;
		this.proposals = proposals;
		this.publicProposals = publicProposals;
		this.names = names;
	}

	@Bean
	static PublicPaths networkApiPaths() {
		return PublicPaths.of("/api/v1/network/family-centres", "/api/v1/workshops", "/api/v1/workshops/*", "/api/v1/workshops/*/proposals");
	}

	/** A contact person as the public sees them: name, title and work contacts. */
	record Contact(String name, String title, String email, String phone) {
	}

	record CentreAnswer(UUID id, String municipalityCode, String name, String intro, List<FamilyCentre.Site> sites, List<FamilyCentre.Channel> channels,
			List<String> organisations, List<Contact> contacts) {
	}

	@GetMapping("/network/family-centres")
	@Operation(summary = "The family centres of the region: sites (places of the directory), digital channels, organisations and contact persons")
	List<CentreAnswer> familyCentres(Locale locale) {
		Map<UUID, Person> people = names.peopleById();
		Map<UUID, String> organisations = names.organisationNames(locale);
		return centres.all().stream().map(c -> new CentreAnswer(c.id(), c.municipalityCode(), c.name().in(locale), c.intro() == null ? null : c.intro().in(locale),
				c.sites(), c.channels(), c.organisations().stream().map(organisations::get).toList(),
				c.contacts().stream().map(people::get).map(p -> new Contact(p.name(), p.title(), p.email(), p.phone())).toList())).toList();
	}

	record MemberAnswer(String name, String title, Group.Role role, String kind) {
	}

	record GroupAnswer(UUID id, String kind, String name, String purpose, String areaCode, List<MemberAnswer> members) {
	}

	@GetMapping("/network/groups")
	@PreAuthorize("isAuthenticated() and !hasRole('RESIDENT')")
	@Operation(summary = "The groups the caller sees: all for the coordinator, their own for a member")
	List<GroupAnswer> groups(@AuthenticationPrincipal SignedInUser user, Locale locale) {
		Map<UUID, Person> people = names.peopleById();
		return groups.visibleTo(user).stream().map(g -> new GroupAnswer(g.id(), g.kind().name(), g.name().in(locale), g.purpose().in(locale), g.areaCode(),
				g.members().stream().map(m -> people.get(m.personId())).filter(Objects::nonNull)
					.map(p -> new MemberAnswer(p.name(), p.title(), g.members().stream().filter(m -> m.personId().equals(p.id())).findFirst().orElseThrow().role(),
							p.kind().name()))
					.toList()))
			.toList();
	}

	@PostMapping("/network/groups/{id}/meetings")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	@Operation(summary = "Record a meeting of a group with its decisions and actions (the coordinator)")
	ResponseEntity<Map<String, UUID>> meeting(@PathVariable UUID id, @RequestBody Groups.NewMeeting meeting) {
		UUID created = groups.recordMeeting(id, meeting);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", created));
	}

	record StatusChange(Action.Status status, int version) {
	}

	@PostMapping("/network/actions/{id}/status")
	@PreAuthorize("isAuthenticated() and !hasRole('RESIDENT')")
	@Operation(summary = "Mark an action done, cancelled or open again (its responsible person or the coordinator)")
	Action actionStatus(@PathVariable UUID id, @RequestBody StatusChange change, @AuthenticationPrincipal SignedInUser user) {
		return groups.setStatus(user, id, change.version(), change.status());
	}

	@GetMapping("/network/agreements")
	@PreAuthorize(NetworkAccess.AGREEMENT_READERS)
	@Operation(summary = "Cooperation agreements with their parties, term, commitments, services and state (the coordinator and leadership)")
	List<Agreement> agreements() {
		return agreements.all();
	}

	@PostMapping("/network/agreements")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	@Operation(summary = "Draft an agreement (the coordinator)")
	ResponseEntity<Agreement> draft(@RequestBody Agreement.Terms terms, @AuthenticationPrincipal SignedInUser user) {
		Agreement drafted = agreements.draft(user.getUsername(), terms);
		return ResponseEntity.created(URI.create("/api/v1/network/agreements/" + drafted.id())).body(drafted);
	}

	record Revision(int version, Agreement.Terms terms) {
	}

	@PostMapping("/network/agreements/{id}")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	@Operation(summary = "Revise an agreement's text over the version read (409 when it changed since)")
	Agreement revise(@PathVariable UUID id, @RequestBody Revision revision, @AuthenticationPrincipal SignedInUser user) {
		return agreements.revise(user.getUsername(), id, revision.version(), revision.terms());
	}

	record Move(AgreementState target, int version) {
	}

	@PostMapping("/network/agreements/{id}/state")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	@Operation(summary = "Move an agreement to another state: negotiated, signed, in force, expired or ended")
	Agreement move(@PathVariable UUID id, @RequestBody Move move, @AuthenticationPrincipal SignedInUser user) {
		return agreements.move(user.getUsername(), id, move.version(), move.target());
	}

	record WorkshopAnswer(UUID id, String title, String topic, String municipalityCode, UUID agreementId, List<UUID> services, Instant startsAt,
			Instant endsAt, String place, String accessibility, String interpretation, boolean remote, int seats, int seatsLeft, boolean cancelled) {

		static WorkshopAnswer of(Workshops.Listing l) {
			Workshop w = l.workshop();
			return new WorkshopAnswer(w.id(), w.title(), w.topic(), w.municipalityCode(), w.agreementId(), w.services(), w.startsAt(), w.endsAt(), w.place(),
					w.accessibility(), w.interpretation(), w.remoteLink() != null, w.seats(), l.left(), w.cancelled());
		}
	}

	@GetMapping("/workshops")
	@Operation(summary = "Co-development workshops, coming ones first, with the seats left (never who took them)")
	List<WorkshopAnswer> workshops(@RequestParam(required = false) String municipality) {
		return workshops.all(municipality).stream().map(WorkshopAnswer::of).toList();
	}

	@GetMapping("/workshops/{id}")
	@Operation(summary = "One workshop")
	ResponseEntity<WorkshopAnswer> workshop(@PathVariable UUID id) {
		return ResponseEntity.of(workshops.find(id).map(WorkshopAnswer::of));
	}

	@PostMapping("/workshops")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	@Operation(summary = "Plan a workshop (the coordinator)")
	ResponseEntity<WorkshopAnswer> plan(@RequestBody WorkshopRequest request) {
		Workshop planned = workshops.plan(request.workshop());
		return ResponseEntity.created(URI.create("/api/v1/workshops/" + planned.id())).body(WorkshopAnswer.of(workshops.find(planned.id()).orElseThrow()));
	}

	/** A workshop to plan: every field but the title, topic, times and seats may be left out. */
	record WorkshopRequest(String title, String topic, String municipalityCode, UUID agreementId, List<UUID> services, Instant startsAt, Instant endsAt,
			String place, String remoteLink, Integer seats, String accessibility, String interpretation) {

		Workshop workshop() {
			return new Workshop(null, title, topic, municipalityCode, agreementId, services == null ? List.of() : services, startsAt, endsAt, place, remoteLink,
					seats == null ? 0 : seats, accessibility, interpretation, false);
		}
	}

	record SignUpRequest(String name, String email, Boolean expert, Boolean mayContact) {
	}

	@PostMapping("/workshops/{id}/signups")
	@PreAuthorize("hasRole('RESIDENT')")
	@Operation(summary = "Sign up for a workshop (a signed-in resident); the private link to propose and to remove oneself comes by e-mail")
	ResponseEntity<Map<String, String>> signUp(@PathVariable UUID id, @RequestBody SignUpRequest request, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		participants.signUp(id, new Participants.SignUp(request.name(), request.email(), Boolean.TRUE.equals(request.expert()),
				Boolean.TRUE.equals(request.mayContact()),
				user.has(Role.RESIDENT) ? user.id().value() : null), locale);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("status", "signed-up"));
	}

	@GetMapping("/workshops/{id}/proposals")
	@Operation(summary = "The proposals of a workshop and what became of each: decision, reason, follow-up and what it changed")
	List<PublicProposal> proposals(@PathVariable UUID id, Locale locale) {
		return publicProposals.of(proposals.of(id), locale);
	}

	record Decision(ProposalState decision, String reason, UUID mergedInto, int version) {
	}

	@PostMapping("/workshops/{id}/proposals/{proposal}/decision")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	@Operation(summary = "Decide a proposal with a reason: accepted, rejected or merged (the coordinator); its makers and supporters are told by e-mail")
	PublicProposal decide(@PathVariable UUID id, @PathVariable UUID proposal, @RequestBody Decision decision, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		return publicProposals.of(List.of(proposals.decide(user.getUsername(), proposal, decision.version(), decision.decision(), decision.reason(), decision.mergedInto())),
				locale).getFirst();
	}

	record FollowUpRequest(FollowUp followUp, int version) {
	}

	@PostMapping("/workshops/{id}/proposals/{proposal}/follow-up")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	@Operation(summary = "Set or move the follow-up of an accepted proposal (the coordinator)")
	PublicProposal follow(@PathVariable UUID id, @PathVariable UUID proposal, @RequestBody FollowUpRequest request, Locale locale) {
		return publicProposals.of(List.of(proposals.follow(proposal, request.version(), request.followUp())), locale).getFirst();
	}
}
