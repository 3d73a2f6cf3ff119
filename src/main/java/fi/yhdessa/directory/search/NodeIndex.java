package fi.yhdessa.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This node's search index (ADR 0015). While the platform starts it opens its copy on disk and catches
 * up from the change log, or, when there is no usable copy, builds the index from PostgreSQL; then it follows the
 * log every {@code yhdessa.search.follow-interval}, so that a save on any node is found here within
 * about that time, and at once on the node that made it ({@link SearchChanges}).
 */
@Component
public class NodeIndex implements SmartLifecycle, InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NodeIndex.class);

	private final JdbcClient jdbc;
	private final ServiceDocuments documents;
	private final ChangeLog changes;
	private final Path copy;
	private final Duration interval;
	private final Clock clock;
	private volatile IndexFollower follower;
	private boolean fromCopy;
	private CompletableFuture<IndexFollower> opening;
	private ScheduledExecutorService schedule;

	NodeIndex(JdbcClient jdbc, @Value("${yhdessa.data-dir}") Path dataDir, @Value("${yhdessa.search.follow-interval:250ms}") Duration interval,
			Clock clock) {
		this.jdbc = jdbc;
		this.documents = new ServiceDocuments(jdbc);
		this.changes = new ChangeLog(jdbc);
		this.copy = dataDir.resolve("search-index");
		this.interval = interval;
		this.clock = clock;
	}

	/** A search of the index; nothing is found before the node has started. */
	public ServiceIndex.Hits search(SearchQuery query) {
		IndexFollower current = follower;
		if (current == null) {
			throw new IllegalStateException("The search index is not open yet");
		}
		return current.index().search(query);
	}

	/** Brings the index up to date with the change log now. */
	public void catchUp() {
		IndexFollower current = follower;
		if (current != null) {
			current.catchUp(false);
		}
	}

	/**
	 * Begins opening the index as soon as the node has its database, on a thread of its own, so that
	 * it opens while the rest of the platform starts; {@link #start()} waits for it.
	 */
	@Override
	public void afterPropertiesSet() {
		opening();
	}

	private synchronized CompletableFuture<IndexFollower> opening() {
		if (opening == null) {
			opening = CompletableFuture.supplyAsync(this::opened, work -> Thread.ofPlatform().name("search-index-open").daemon().start(work));
		}
		return opening;
	}

	private IndexFollower opened() {
		long started = System.nanoTime();
		if (jdbc.sql("select count(*) from directory.need").query(Long.class).single() == 0) {
			NeedsVocabulary.seedInto(jdbc);
		}
		try {
			IndexFollower opened = open();
			log.info("Search index of {} services ready in {} ms", opened.index().size(), (System.nanoTime() - started) / 1_000_000);
			return opened;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void start() {
		try {
			follower = opening().join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException failure ? failure : e;
		}
		// What was saved while the rest of the platform started.
		follower.catchUp(false);
		schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-index-follower").daemon().factory());
		schedule.scheduleWithFixedDelay(() -> follower.catchUpQuietly(), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	private IndexFollower open() throws IOException {
		Directory directory = FSDirectory.open(copy);
		try {
			Optional<IndexCopy.UpTo> upTo = IndexCopy.usable(directory, copy, changes, clock.instant());
			if (upTo.isPresent()) {
				ServiceIndex index = new ServiceIndex(directory, false, IndexCopy.parts(copy), documents.synonyms(), documents.needs());
				IndexFollower opened = new IndexFollower(index, documents, changes, upTo.get().horizon(), this::keepCopy);
				opened.catchUp(true);
				fromCopy = true;
				return opened;
			}
			return built(directory, true);
		}
		catch (LockObtainFailedException e) {
			log.info("The search index copy in {} is in use by another node; this one keeps its index in memory", copy);
			IOUtils.closeWhileHandlingException(directory);
			return built(new org.apache.lucene.store.ByteBuffersDirectory(), false);
		}
	}

	/** An index built whole from PostgreSQL; the log is followed from before the services were read. */
	private IndexFollower built(Directory directory, boolean kept) throws IOException {
		long horizon = changes.horizon();
		var services = documents.all();
		CompoundParts parts = CompoundParts.of(services);
		ServiceIndex index = new ServiceIndex(directory, true, parts, documents.synonyms(), documents.needs());
		index.put(services);
		IndexFollower built = new IndexFollower(index, documents, changes, horizon, kept ? this::keepCopy : (followed, upTo) -> {
		});
		if (kept) {
			IndexCopy.keepParts(copy, parts);
			built.catchUp(true);
		}
		return built;
	}

	private void keepCopy(ServiceIndex index, IndexCopy.UpTo upTo) {
		try {
			index.commit(upTo.asCommitData());
		}
		catch (IOException e) {
			log.warn("The search index copy could not be kept on disk: {}", e.toString());
		}
	}

	/** Whether the node opened its copy on disk at start, rather than building its index anew. */
	boolean startedFromCopy() {
		return fromCopy;
	}

	@Override
	public synchronized void stop() {
		if (schedule != null) {
			schedule.shutdownNow();
		}
		IndexFollower current = follower;
		follower = null;
		opening = null;
		if (current != null) {
			current.close();
		}
	}

	/** An index opened for a platform that then failed to start is closed when it has opened. */
	@Override
	public synchronized void destroy() {
		if (follower == null && opening != null) {
			opening.handle((opened, failure) -> {
				if (opened != null) {
					opened.close();
				}
				return null;
			}).join();
		}
		stop();
	}

	@Override
	public boolean isRunning() {
		return follower != null;
	}

	/** Before the web server, so that the first request finds the index open. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}
}
