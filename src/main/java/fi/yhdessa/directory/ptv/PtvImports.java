package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.history.ChangeHistory;
import fi.yhdessa.directory.ptv.PtvFetch.Fetched;
import fi.yhdessa.directory.search.SearchChanges;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.OutsideApi;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the services of the configured municipalities ({@code YHDESSA_PTV_MUNICIPALITIES}, municipality codes)
 * from PTV: incrementally, from a little before the last import that covered them all, or in full when asked, when
 * none did, or when the last full one is a week old. Everything is read from PTV first and then written in one
 * transaction, so PTV failing half-way changes nothing and the last good data stays. Every run is recorded with its
 * report in {@code directory.ptv_import}.
 */
@Component
public class PtvImports {

	private static final Logger log = LoggerFactory.getLogger(PtvImports.class);
	/** An incremental import asks from this much before the last one started: a change saved in PTV as it ran is not missed. */
	static final Duration OVERLAP = Duration.ofMinutes(10);
	static final Duration FULL_EVERY = Duration.ofDays(7);

	private final PtvClient client;
	private final JdbcClient jdbc;
	private final PtvSaving saving;
	private final MessageSource messages;
	private final JsonMapper json;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final List<String> municipalities;
	private final PtvProgress progress = new PtvProgress();

	PtvImports(PtvClient client, JdbcClient jdbc, Network network, SearchChanges changes, ChangeHistory history, MessageSource messages, JsonMapper json,
			PlatformTransactionManager transactions, Clock clock, @Value("${yhdessa.directory.ptv-municipalities:}") String municipalities) {
		this.client = client;
		this.jdbc = jdbc;
		this.saving = new PtvSaving(jdbc, network, changes, history, messages, transactions);
		this.messages = messages;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.municipalities = codes(municipalities);
	}

	static List<String> codes(String configured) {
		Set<String> codes = new TreeSet<>();
		Arrays.stream(configured.split("[,;\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).forEach(code -> {
			if (!code.matches("\\d{1,3}")) {
				throw new IllegalArgumentException("YHDESSA_PTV_MUNICIPALITIES holds municipality codes such as 091,179; not " + code);
			}
			PtvServiceReader.addCode(codes, code);
		});
		return List.copyOf(codes);
	}

	/** The municipalities imported; none when the import is not configured. */
	public List<String> municipalities() {
		return municipalities;
	}

	/** Runs an import and answers when it is done; {@code full} reads every service of the municipalities, not only those modified since the last import. */
	public PtvImportReport run(String by, boolean full, Locale locale) {
		boolean shown = progress.begin(by, clock.instant());
		try {
			return run(by, full, locale, shown ? progress : new PtvProgress());
		}
		finally {
			if (shown) {
				progress.end();
			}
		}
	}

	/** Starts an import in the background, its progress shown by {@link #running()}; false when one is already running on this node. */
	public boolean start(String by, boolean full, Locale locale) {
		if (municipalities.isEmpty() || !progress.begin(by, clock.instant())) {
			return false;
		}
		Thread.ofVirtual().name("ptv-import").start(() -> {
			try {
				run(by, full, locale, progress);
			}
			catch (RuntimeException e) {
				log.error("PTV import by {} failed", by, e);
			}
			finally {
				progress.end();
			}
		});
		return true;
	}

	/** The import running on this node now, or null. */
	public PtvProgress.Step running() {
		return progress.now();
	}

	private PtvImportReport run(String by, boolean full, Locale locale, PtvProgress shown) {
		if (municipalities.isEmpty()) {
			return PtvImportReport.failed("NOT_CONFIGURED", messages.getMessage("ptv.notConfigured", null, locale), List.of(), full, null);
		}
		Instant started = clock.instant();
		Instant since = full ? null : since(started);
		PtvImportReport report;
		try {
			Fetched fetched = new PtvFetch(client, shown).fetch(municipalities, since, this::heldWithChannels);
			shown.step("SAVING", 0, fetched.services().size());
			report = transaction.execute(status -> saving.save(fetched, municipalities, since, by, locale));
		}
		catch (OutsideApi.Unreachable e) {
			report = PtvImportReport.failed("UNREACHABLE", messages.getMessage("ptv.error.unreachable", new Object[] { client.base(), e.getMessage() }, locale),
					municipalities, since == null, since);
		}
		catch (PtvRefused e) {
			String why = messages.getMessage(e.messageKey(), e.arguments(), locale);
			report = PtvImportReport.failed("REFUSED", messages.getMessage("ptv.error.refused", new Object[] { why }, locale), municipalities, since == null, since);
		}
		record(report, started, by);
		log.info("PTV import of {} by {}: {} (created {}, updated {}, unchanged {}, archived {}, left out {})", municipalities, by, report.outcome(),
				report.created(), report.updated(), report.unchanged(), report.archived(), report.rejections().size());
		return report;
	}

	/** The time to ask from: before the last import that covered these municipalities, or null for a full import. */
	private Instant since(Instant now) {
		Instant lastFull = jdbc.sql("select max(started_at) from directory.ptv_import where outcome = 'DONE' and full_import and municipalities @> cast(:codes as text[])")
			.param("codes", municipalities.toArray(String[]::new))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		if (lastFull == null || lastFull.isBefore(now.minus(FULL_EVERY))) {
			return null;
		}
		Timestamp last = jdbc.sql("select max(started_at) from directory.ptv_import where outcome = 'DONE' and municipalities @> cast(:codes as text[])")
			.param("codes", municipalities.toArray(String[]::new))
			.query(Timestamp.class)
			.single();
		return last.toInstant().minus(OVERLAP);
	}

	private Map<UUID, Set<String>> heldWithChannels(Set<UUID> channels) {
		Map<UUID, Set<String>> held = new HashMap<>();
		jdbc.sql("select service_id, found_in from directory.ptv_service where channel_ids && :channels")
			.param("channels", channels.toArray(UUID[]::new))
			.query((rs, n) -> held.put(rs.getObject("service_id", UUID.class), new TreeSet<>(List.of((String[]) rs.getArray("found_in").getArray()))))
			.list();
		return held;
	}

	private void record(PtvImportReport report, Instant started, String by) {
		jdbc.sql("""
				insert into directory.ptv_import (id, started_at, finished_at, started_by, municipalities, full_import, since, outcome, report)
				values (:id, :started, now(), :by, :codes, :full, :since, :outcome, cast(:report as jsonb))
				""")
			.param("id", UUID.randomUUID())
			.param("started", Timestamp.from(started))
			.param("by", by)
			.param("codes", municipalities.toArray(String[]::new))
			.param("full", report.since() == null)
			.param("since", report.since() == null ? null : Timestamp.from(report.since()))
			.param("outcome", report.outcome())
			.param("report", json.writeValueAsString(report))
			.update();
	}
}
