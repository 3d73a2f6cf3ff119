package fi.yhdessa.network.workshops;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.platform.Mail;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of workshops: made by confirmed participants (before, during or after the workshop) or
 * written down by the coordinator from the room; supported by participants; decided with a reason
 * and followed up. Those who made or supported a proposal are told of its decision by e-mail.
 * Everything here is public except who made or supported what.
 */
@Service
public class Proposals {

	private final JdbcClient jdbc;
	private final Participants participants;
	private final Mail mail;
	private final MessageSource messages;
	private final Clock clock;

	Proposals(JdbcClient jdbc, Participants participants, Mail mail, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/** A participant's proposal, through their private link. */
	@Transactional
	public Proposal submit(String token, String theme, String text) {
		Participants.Participant p = confirmedBehind(token);
		return insert(Proposal.submit(p.workshopId(), p.id(), theme, text, Instant.now(clock)));
	}

	/** A proposal made aloud in the workshop, written down by the coordinator without a name. */
	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Proposal record(UUID workshopId, String theme, String text) {
		jdbc.sql("select id from network.workshop where id = ?").param(workshopId).query(UUID.class).optional()
			.orElseThrow(() -> new Refusal("workshop.error.notFound"));
		return insert(Proposal.submit(workshopId, null, theme, text, Instant.now(clock)));
	}

	/** A participant supports a proposal of their own workshop; once is enough, a second time changes nothing. */
	@Transactional
	public void support(String token, UUID proposalId) {
		Participants.Participant p = confirmedBehind(token);
		Proposal proposal = find(proposalId).filter(x -> x.workshopId().equals(p.workshopId())).orElseThrow(() -> new Refusal("proposal.error.notFound"));
		jdbc.sql("insert into network.proposal_support values (?, ?) on conflict do nothing").params(proposal.id(), p.id()).update();
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Proposal decide(String by, UUID id, int version, ProposalState decision, String reason, UUID mergedInto) {
		Proposal before = opened(id, version);
		Proposal into = mergedInto == null ? null : find(mergedInto).orElse(null);
		Proposal after = before.decide(decision, reason, into, by, Instant.now(clock));
		save(before, after);
		String subject = messages.getMessage("mail.proposal.decided.subject", null, Locale.of("fi"));
		String body = List.of(Locale.of("fi"), Locale.of("sv"), Locale.ENGLISH).stream()
			.map(l -> messages.getMessage("mail.proposal.decided.body", new Object[] { after.theme(), after.text(),
					messages.getMessage(after.state().messageKey(), null, l), after.reason() }, l))
			.collect(Collectors.joining("\n\n---\n\n"));
		participants.addressesFor(id).forEach(to -> mail.queue(to, subject, body));
		return find(id).orElseThrow();
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Proposal follow(UUID id, int version, FollowUp followUp) {
		Proposal before = opened(id, version);
		Proposal after = before.follow(followUp);
		save(before, after);
		return find(id).orElseThrow();
	}

	/** The proposals of a workshop by theme, with how many support each. */
	@Transactional(readOnly = true)
	public List<Proposal> of(UUID workshopId) {
		return jdbc.sql(SELECT + " where p.workshop_id = ? order by p.theme, p.submitted_at").param(workshopId).query(Proposals::proposal).list();
	}

	/** Every decided or waiting proposal of the workshops of a municipality (and the region-wide ones), newest workshop first. */
	@Transactional(readOnly = true)
	public List<Proposal> ofMunicipality(String municipalityCode) {
		return jdbc.sql(SELECT + """
				 join network.workshop w on w.id = p.workshop_id where (w.municipality_code = :m or w.municipality_code is null)
				 order by w.starts_at desc, p.theme, p.submitted_at
				""").param("m", municipalityCode).query(Proposals::proposal).list();
	}

	@Transactional(readOnly = true)
	public Optional<Proposal> find(UUID id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query(Proposals::proposal).optional();
	}

	/** Whether the participant behind a link supports the proposal. */
	@Transactional(readOnly = true)
	public List<UUID> supportedBy(UUID participantId) {
		return jdbc.sql("select proposal_id from network.proposal_support where participant_id = ?").param(participantId).query(UUID.class).list();
	}

	private static final String SELECT = """
			select p.*, (select count(*) from network.proposal_support s where s.proposal_id = p.id) as supporters from network.proposal p
			""";

	/** The participant behind a private link, once they have confirmed their address. */
	private Participants.Participant confirmedBehind(String token) {
		Participants.Participant p = participants.byToken(token).orElseThrow(() -> new Refusal("signup.error.link"));
		if (!p.confirmed()) {
			throw new Refusal("participation.error.unconfirmed");
		}
		return p;
	}

	private Proposal opened(UUID id, int version) {
		Proposal proposal = find(id).orElseThrow(() -> new Refusal("proposal.error.notFound"));
		if (proposal.version() != version) {
			throw new StaleEdit();
		}
		return proposal;
	}

	private Proposal insert(Proposal p) {
		jdbc.sql("insert into network.proposal (id, workshop_id, participant_id, theme, text, submitted_at, state) values (?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.workshopId(), p.participantId(), p.theme(), p.text(), Timestamp.from(p.submittedAt()), p.state().name())
			.update();
		return p;
	}

	private void save(Proposal before, Proposal after) {
		FollowUp f = after.followUp();
		int updated = jdbc.sql("""
				update network.proposal set state = ?, reason = ?, merged_into = ?, decided_at = ?, decided_by = ?, follow_up_responsible = ?,
				  follow_up_due = ?, follow_up_status = ?, follow_up_link_kind = ?, follow_up_link_id = ?, follow_up_note = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(after.state().name(), after.reason(), after.mergedInto(), after.decidedAt() == null ? null : Timestamp.from(after.decidedAt()),
					after.decidedBy(), f == null ? null : f.responsibleId(), f == null ? null : Date.valueOf(f.dueOn()), f == null ? null : f.status().name(),
					f == null || f.linkKind() == null ? null : f.linkKind().name(), f == null ? null : f.linkId(), f == null ? null : f.note(), before.id(),
					before.version())
			.update();
		if (updated == 0) {
			throw new StaleEdit();
		}
	}

	private static Proposal proposal(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		String status = rs.getString("follow_up_status");
		String link = rs.getString("follow_up_link_kind");
		FollowUp followUp = status == null ? null
				: new FollowUp(rs.getObject("follow_up_responsible", UUID.class), rs.getDate("follow_up_due").toLocalDate(), FollowUp.Status.valueOf(status),
						link == null ? null : FollowUp.LinkKind.valueOf(link), rs.getObject("follow_up_link_id", UUID.class), rs.getString("follow_up_note"));
		return new Proposal(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class), rs.getObject("participant_id", UUID.class),
				rs.getString("theme"), rs.getString("text"), rs.getTimestamp("submitted_at").toInstant(), ProposalState.valueOf(rs.getString("state")),
				rs.getString("reason"), rs.getObject("merged_into", UUID.class), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
				followUp, rs.getInt("version"), rs.getInt("supporters"));
	}
}
