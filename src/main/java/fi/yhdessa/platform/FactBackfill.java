package fi.yhdessa.platform;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the facts of records made before their modules published facts, once per source, in the
 * background after start: page by page, each page published in a transaction of its own through the
 * event publication registry like any fact. It waits while many publications are undelivered, so
 * the listeners keep up and the platform's own work is not crowded out. A source is claimed in
 * {@code platform.fact_backfill}; one node tells it, and a claim a crash left unfinished is taken
 * up again after an hour.
 */
@Component
class FactBackfill {

	private static final Logger log = LoggerFactory.getLogger(FactBackfill.class);
	private static final int PAGE = 200;
	private static final int OUTSTANDING = 2_000;

	private final List<PastFacts> sources;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Facts facts;
	private final boolean enabled;

	FactBackfill(List<PastFacts> sources, JdbcClient jdbc, TransactionTemplate transactions, Facts facts,
			@Value("${yhdessa.facts.backfill:true}") boolean enabled) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.facts = facts;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startInBackground() {
		if (enabled && !sources.isEmpty()) {
			Thread.ofVirtual().name("fact-backfill").start(this::tellAll);
		}
	}

	/** Tells every source not told yet; returns how many facts were told. */
	long tellAll() {
		long told = 0;
		for (PastFacts source : sources) {
			if (claim(source.name())) {
				told += tell(source);
			}
		}
		return told;
	}

	private long tell(PastFacts source) {
		long started = System.nanoTime();
		long told = 0;
		int offset = 0;
		try {
			while (true) {
				int at = offset;
				PastFacts.Told page = transactions.execute(status -> {
					PastFacts.Told read = source.page(at, PAGE);
					facts.publishAll(read.facts());
					return read;
				});
				if (page.records() == 0) {
					break;
				}
				offset += PAGE;
				told += page.facts().size();
				waitForDelivery();
			}
			jdbc.sql("update platform.fact_backfill set finished_at = now(), facts = :facts where source = :source")
				.param("facts", told)
				.param("source", source.name())
				.update();
			if (told > 0) {
				log.info("Told the past facts of {}: {} facts ({} ms)", source.name(), told, (System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (RuntimeException e) {
			log.warn("Telling the past facts of {} stopped after {} facts; it is taken up again later: {}", source.name(), told, e.toString());
		}
		return told;
	}

	/** Claims a source not told yet, or one whose telling was left unfinished an hour ago. */
	private boolean claim(String source) {
		return jdbc.sql("""
				insert into platform.fact_backfill as b (source, claimed_at) values (:source, now())
				on conflict (source) do update set claimed_at = now()
				  where b.finished_at is null and b.claimed_at < now() - interval '1 hour'
				""")
			.param("source", source)
			.update() > 0;
	}

	private void waitForDelivery() {
		try {
			for (int i = 0; i < 600 && undelivered() > OUTSTANDING; i++) {
				Thread.sleep(Duration.ofMillis(100));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
	}

	private long undelivered() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
	}
}
