package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.casework.events.AssessmentCompleted;
import fi.yhdessa.casework.events.AssessmentInitiated;
import fi.yhdessa.casework.events.AssessmentStarted;
import fi.yhdessa.casework.events.CaseClosed;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.CaseOpened;
import fi.yhdessa.casework.events.EverydayLifeRated;
import fi.yhdessa.casework.events.GoalAttainmentRated;
import fi.yhdessa.casework.events.HandoffAccepted;
import fi.yhdessa.casework.events.HandoffCompleted;
import fi.yhdessa.casework.events.HandoffDeclined;
import fi.yhdessa.casework.events.HandoffExpired;
import fi.yhdessa.casework.events.HandoffProposed;
import fi.yhdessa.casework.events.PlanAgreed;
import fi.yhdessa.casework.events.PlanReviewed;
import fi.yhdessa.casework.events.ResponsibleWorkerChanged;
import fi.yhdessa.consent.events.ConsentGiven;
import fi.yhdessa.consent.events.ConsentWithdrawn;
import fi.yhdessa.frontdoor.events.AppointmentAttended;
import fi.yhdessa.frontdoor.events.AppointmentBooked;
import fi.yhdessa.frontdoor.events.AppointmentCancelled;
import fi.yhdessa.frontdoor.events.AppointmentMissed;
import fi.yhdessa.frontdoor.events.ConcernRaised;
import fi.yhdessa.frontdoor.events.ContactAnswered;
import fi.yhdessa.frontdoor.events.ContactReceived;
import fi.yhdessa.frontdoor.events.ContactRouted;
import fi.yhdessa.frontdoor.events.FeedbackGiven;
import fi.yhdessa.frontdoor.events.NotificationDecided;
import fi.yhdessa.frontdoor.events.NotificationReceived;
import fi.yhdessa.frontdoor.events.NotificationUrgencyAssessed;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facts of the other modules reach insight as the events they publish, through the event
 * publication registry: every kind of fact is taken in, a fact delivered twice is kept once, and a
 * family or a record is kept only as a keyed pseudonym, never its id.
 */
@InsightTest
class IntakeIntegrationTests {

	static final Instant AT = Instant.parse("2026-10-14T09:30:00Z");
	static final LocalDate DAY = LocalDate.of(2026, 10, 14);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void region() {
		InsightRegion.register(network, accounts);
	}

	@Test
	void everyKindOfFactPublishedByTheModulesIsTakenInOnce() {
		UUID family = UUID.randomUUID();
		UUID unit = InsightRegion.SOCIAL_WORK_NORTH.id().value();
		UUID clinic = InsightRegion.CLINIC_NORTH.id().value();
		UUID intake = InsightRegion.INTAKE_SOUTH.id().value();
		CaseContext context = new CaseContext(UUID.randomUUID(), family, unit, InsightRegion.BIG_NORTH, "FAMILY_WORK", 4);
		UUID handoff = UUID.randomUUID();
		UUID assessment = UUID.randomUUID();
		List<Object> published = List.of(
				new ContactReceived(UUID.randomUUID(), UUID.randomUUID(), family, InsightRegion.GUIDANCE.id().value(), "RESIDENT", "PHONE", "PARENTING",
						InsightRegion.SMALL_NORTH, 3, "sv", AT, DAY.plusDays(1)),
				new ContactAnswered(UUID.randomUUID(), UUID.randomUUID(), family, InsightRegion.GUIDANCE.id().value(), "ANSWERED", "PHONE", InsightRegion.SMALL_NORTH,
						3, "sv", AT, DAY.plusDays(1), DAY.plusDays(2), AT.plusSeconds(86_400 * 2)),
				new ContactRouted(UUID.randomUUID(), UUID.randomUUID(), "YH-2026-000001", family, "ASSESSMENT", null, InsightRegion.SMALL_NORTH, 3, "sv", AT),
				new AppointmentBooked(UUID.randomUUID(), UUID.randomUUID(), clinic, "VIDEO", family, "fi", AT, AT.plus(Duration.ofDays(9))),
				new AppointmentAttended(UUID.randomUUID(), UUID.randomUUID(), clinic, "HOME_VISIT", family, "fi", AT, AT),
				new AppointmentMissed(UUID.randomUUID(), UUID.randomUUID(), clinic, "PHONE", family, "fi", AT, AT),
				new AppointmentCancelled(UUID.randomUUID(), UUID.randomUUID(), clinic, "IN_PERSON", family, "fi", AT, AT, true),
				new ConcernRaised(UUID.randomUUID(), UUID.randomUUID(), clinic, "GREY_ZONE", unit, 2, AT),
				new NotificationReceived(UUID.randomUUID(), UUID.randomUUID(), intake, "PROFESSIONAL", InsightRegion.BIG_SOUTH, 8, false, AT, DAY.plusDays(9)),
				new NotificationUrgencyAssessed(UUID.randomUUID(), UUID.randomUUID(), intake, "URGENT", InsightRegion.BIG_SOUTH, 8, AT, AT),
				new NotificationDecided(UUID.randomUUID(), UUID.randomUUID(), intake, "NO_ASSESSMENT", InsightRegion.BIG_SOUTH, 8, AT, DAY.plusDays(9),
						DAY.plusDays(12), AT.plus(Duration.ofDays(12))),
				new FeedbackGiven(UUID.randomUUID(), clinic, "APPOINTMENT", YearMonth.from(DAY), "YES", "YES", "PARTLY"),
				new CaseOpened(UUID.randomUUID(), context, "CONTACT", AT),
				new CaseClosed(UUID.randomUUID(), context, "GOALS_MET", AT, AT.plus(Duration.ofDays(40))),
				new ResponsibleWorkerChanged(UUID.randomUUID(), context, InsightRegion.SOCIAL_WORK_SOUTH.id().value(), false, AT),
				new AssessmentInitiated(UUID.randomUUID(), assessment, context, true, DAY, DAY.plusDays(9), DAY.plusMonths(3)),
				new AssessmentStarted(UUID.randomUUID(), assessment, context, true, DAY, DAY.plusDays(9), DAY.plusDays(4)),
				new AssessmentCompleted(UUID.randomUUID(), assessment, context, true, DAY, DAY.plusMonths(3), DAY.plusDays(60)),
				new PlanAgreed(UUID.randomUUID(), context, 1, 2, AT, AT.plus(Duration.ofDays(2)), true),
				new PlanReviewed(UUID.randomUUID(), context, 2, DAY.plusMonths(1), AT.plus(Duration.ofDays(35))),
				new HandoffProposed(UUID.randomUUID(), handoff, context, InsightRegion.COUNSELLING.id().value(), null, false, false, AT, DAY.plusDays(7)),
				new HandoffAccepted(UUID.randomUUID(), handoff, context, InsightRegion.COUNSELLING.id().value(), null, AT, AT.plus(Duration.ofDays(3))),
				new HandoffDeclined(UUID.randomUUID(), UUID.randomUUID(), context, InsightRegion.COUNSELLING.id().value(), null, AT, AT),
				new HandoffExpired(UUID.randomUUID(), UUID.randomUUID(), context, InsightRegion.COUNSELLING.id().value(), null, AT, AT),
				new HandoffCompleted(UUID.randomUUID(), handoff, context, InsightRegion.COUNSELLING.id().value(), null, AT, DAY.plusDays(10), 2),
				new GoalAttainmentRated(UUID.randomUUID(), context, 1, 0, "AGREEMENT", -1, null, AT),
				new EverydayLifeRated(UUID.randomUUID(), context, "START", 4, true, AT),
				new ConsentGiven(UUID.randomUUID(), UUID.randomUUID(), family, UUID.randomUUID(), "CONSENT", "TEAMWORK", AT),
				new ConsentWithdrawn(UUID.randomUUID(), UUID.randomUUID(), family, UUID.randomUUID(), "CONSENT", "TEAMWORK", AT));
		published.forEach(this::publish);
		published.forEach(this::publish);
		Set<UUID> ids = published.stream().map(IntakeIntegrationTests::factId).collect(Collectors.toSet());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> kept(ids) == ids.size());
		Map<String, Long> kinds = kinds(ids);
		assertThat(kinds.keySet()).as("every kind of fact").containsExactlyInAnyOrderElementsOf(
				EnumSet.allOf(FactKind.class).stream().map(Enum::name).toList());
		assertThat(kinds.values()).as("each once, though each was published twice").containsOnly(1L);
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);

		assertThat(row("NOTIFICATION_DECIDED", ids)).containsEntry("service_kind", "CHILD_WELFARE").containsEntry("area", "test-south")
			.containsEntry("on_time", false).containsEntry("value", 12);
		assertThat(row("HANDOFF_COMPLETED", ids)).containsEntry("unit_id", InsightRegion.COUNSELLING.id().value()).containsEntry("value", 2);
		assertThat(row("CONTACT_RECEIVED", ids)).containsEntry("channel", "PHONE").containsEntry("age_group", "AGE_3_6").containsEntry("language", "sv");
		assertThat(row("CASE_OPENED", ids)).containsEntry("service_kind", "FAMILY_WORK").containsEntry("value", 18);
	}

	@Test
	void keepsAFamilyAndARecordOnlyAsKeyedPseudonyms() {
		UUID family = UUID.randomUUID();
		UUID caseId = UUID.randomUUID();
		UUID fact = UUID.randomUUID();
		publish(new CaseOpened(fact, new CaseContext(caseId, family, InsightRegion.SOCIAL_WORK_SOUTH.id().value(), InsightRegion.BIG_SOUTH, "FAMILY_WORK", 9),
				"DIRECT", AT));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> kept(Set.of(fact)) == 1);
		Map<String, Object> row = jdbc.sql("select encode(family_key, 'hex') as family, encode(subject_key, 'hex') as subject, * from insight.fact where id = ?")
			.param(fact)
			.query().singleRow();
		for (UUID id : List.of(family, caseId)) {
			String hex = HexFormat.of().formatHex(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array());
			assertThat(row.values()).noneMatch(value -> value != null && (value.toString().contains(id.toString()) || value.toString().equals(hex)));
		}
		assertThat((String) row.get("family")).hasSize(32);
		UUID sameFamilyLater = UUID.randomUUID();
		publish(new CaseClosed(sameFamilyLater, new CaseContext(caseId, family, InsightRegion.SOCIAL_WORK_SOUTH.id().value(), InsightRegion.BIG_SOUTH,
				"FAMILY_WORK", 9), "NO_NEED", AT, AT.plusSeconds(3600)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> kept(Set.of(sameFamilyLater)) == 1);
		assertThat(jdbc.sql("select encode(family_key, 'hex') from insight.fact where id = ?").param(sameFamilyLater).query(String.class).single())
			.as("the same family, the same pseudonym").isEqualTo(row.get("family"));
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private long kept(Set<UUID> ids) {
		return jdbc.sql("select count(*) from insight.fact where id = any(:ids)").param("ids", ids.toArray(UUID[]::new)).query(Long.class).single();
	}

	private Map<String, Long> kinds(Set<UUID> ids) {
		Map<String, Long> kinds = new TreeMap<>();
		jdbc.sql("select kind, count(*) as n from insight.fact where id = any(:ids) group by kind").param("ids", ids.toArray(UUID[]::new))
			.query(rs -> {
				kinds.put(rs.getString("kind"), rs.getLong("n"));
			});
		return kinds;
	}

	private Map<String, Object> row(String kind, Set<UUID> ids) {
		return jdbc.sql("select * from insight.fact where kind = :kind and id = any(:ids)").param("kind", kind).param("ids", ids.toArray(UUID[]::new))
			.query().singleRow();
	}

	private static UUID factId(Object event) {
		try {
			return (UUID) event.getClass().getMethod("factId").invoke(event);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}
}
