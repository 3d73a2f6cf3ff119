package fi.yhdessa.directory.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an index up to date with the change log: each change read once, a changed service read anew
 * from PostgreSQL (put when published, removed otherwise), the synonyms read anew when the words
 * changed. The copy on disk is brought up to date every so often, and when the index closes.
 */
final class IndexFollower {

	private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
	private static final Duration COPY_EVERY = Duration.ofSeconds(10);
	/** A quiet node still notes now and then that its copy is current, and forgets the log's old changes. */
	private static final Duration KEEP_ALIVE = Duration.ofHours(1);

	private final ServiceIndex index;
	private final ServiceDocuments documents;
	private final ChangeLog changes;
	private final BiConsumer<ServiceIndex, IndexCopy.UpTo> keepCopy;
	private long horizon;
	/** The changes at or above the horizon already applied, by sequence number, with their transaction. */
	private final Map<Long, Long> applied = new HashMap<>();
	private ChangeLog.Mark mark;
	private Instant copied = Instant.EPOCH;
	private Instant kept = Instant.now();
	private boolean uncopied;
	private boolean failing;

	IndexFollower(ServiceIndex index, ServiceDocuments documents, ChangeLog changes, long horizon, BiConsumer<ServiceIndex, IndexCopy.UpTo> keepCopy) {
		this.index = index;
		this.documents = documents;
		this.changes = changes;
		this.horizon = horizon;
		this.keepCopy = keepCopy;
		this.mark = changes.newest();
	}

	ServiceIndex index() {
		return index;
	}

	/** Applies the changes not yet applied; with {@code copyNow} the copy on disk is brought up to date too. */
	synchronized void catchUp(boolean copyNow) {
		ChangeLog.Read read = changes.since(horizon);
		Set<UUID> services = new LinkedHashSet<>();
		boolean words = false;
		for (ChangeLog.Change change : read.changes()) {
			if (applied.putIfAbsent(change.seq(), change.tx()) == null) {
				if (change.serviceId() == null) {
					words = true;
				}
				else {
					services.add(change.serviceId());
				}
			}
			mark = new ChangeLog.Mark(change.seq(), change.tx());
		}
		if (!services.isEmpty()) {
			List<IndexedService> published = documents.of(services);
			published.forEach(service -> services.remove(service.id()));
			index.put(published);
			index.remove(List.copyOf(services));
			uncopied = true;
		}
		if (words) {
			index.understand(documents.synonyms(), documents.needs());
		}
		horizon = read.horizon();
		applied.values().removeIf(tx -> tx < horizon);
		Instant now = Instant.now();
		if (copyNow || (uncopied && now.isAfter(copied.plus(COPY_EVERY))) || now.isAfter(kept.plus(KEEP_ALIVE))) {
			keepCopy.accept(index, new IndexCopy.UpTo(horizon, mark, now));
			copied = now;
			uncopied = false;
		}
		if (now.isAfter(kept.plus(KEEP_ALIVE))) {
			changes.prune();
			kept = now;
		}
	}

	/** {@link #catchUp(boolean)}, for the follower's schedule: a database that cannot be reached is noted once, and tried again. */
	void catchUpQuietly() {
		try {
			catchUp(false);
			if (failing) {
				log.info("The search index follows the change log again");
				failing = false;
			}
		}
		catch (RuntimeException e) {
			if (!failing) {
				log.warn("The search index cannot read the change log now ({}); it answers as it was and tries again", e.toString());
				failing = true;
			}
		}
	}

	/** Brings the copy up to date and closes the index. */
	synchronized void close() {
		try {
			if (uncopied) {
				keepCopy.accept(index, new IndexCopy.UpTo(horizon, mark, Instant.now()));
			}
			index.close();
		}
		catch (IOException | RuntimeException e) {
			log.warn("The search index did not close cleanly: {}", e.toString());
		}
	}
}
