package fi.yhdessa.bench;

import fi.yhdessa.directory.search.IndexedService;
import fi.yhdessa.directory.search.Filters;
import fi.yhdessa.directory.search.NodeIndexMeasurement;
import fi.yhdessa.directory.search.SearchQuery;
import fi.yhdessa.directory.search.ServiceDocuments;
import fi.yhdessa.directory.search.ServiceIndex;
import fi.yhdessa.platform.EmbeddedDatabase;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Lucene index (issue 20) on the {@code region} scale's directory, without the platform around
 * it: reads the published services from the search benchmark's data directory
 * ({@code target/bench-region}, made by {@link SearchBenchmark}), builds the index in memory, and
 * measures the build, the heap it holds, and search latency for the simulation's queries on one
 * thread and on 32, as a list of services and as the search page asks for them (one result per
 * activity); then two nodes' indexes as the platform runs them ({@link NodeIndexMeasurement}).
 * Run with {@code ./mvnw -Pbench -DskipTests package exec:exec@search-index}.
 */
public final class SearchIndexMeasurement {

	private static final int USERS = 32;
	private static final int ROUNDS = 40;

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-region").toAbsolutePath();
		if (!Files.isDirectory(dataDir.resolve("postgres"))) {
			throw new IllegalStateException("No region-scale data directory in " + dataDir + "; run the search benchmark first.");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, GatlingRuns.freePort(), true)) {
			PGSimpleDataSource source = new PGSimpleDataSource();
			source.setUrl(database.jdbcUrl("yhdessa"));
			source.setUser("postgres");
			JdbcClient jdbc = JdbcClient.create(source);

			long readStart = System.nanoTime();
			List<IndexedService> services = new ServiceDocuments(jdbc).all();
			long readMillis = (System.nanoTime() - readStart) / 1_000_000;
			long heapBefore = usedHeap();
			long buildStart = System.nanoTime();
			try (ServiceIndex index = ServiceIndex.of(services, new ServiceDocuments(jdbc).synonyms())) {
				long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
				long heapAfter = usedHeap();
				List<String> queries = SearchSimulation.queries();
				System.out.printf("| search | services | read from PostgreSQL | build | heap held | p50 / p95, 1 thread | p50 / p95, %d threads | searches/s, %d threads |%n",
						USERS, USERS);
				for (Search search : Search.values()) {
					for (int i = 0; i < 5; i++) {
						queries.forEach(query -> index.search(search.query(query)));
					}
					long[] single = latencies(index, search, queries, 1);
					long[] many = latencies(index, search, queries, USERS);
					System.out.printf("| %s | %,d | %,d ms | %,d ms | %d MB | %.2f / %.2f ms | %.2f / %.2f ms | %,.0f |%n", search.label, services.size(), readMillis,
							buildMillis, (heapAfter - heapBefore) / (1024 * 1024), single[0] / 1e6, single[1] / 1e6, many[0] / 1e6, many[1] / 1e6,
							many[2] / 1.0);
				}
			}
			System.out.println();
			System.out.println("| services | first start: build and keep a copy | restart from the copy | a save visible on another node, p50 / max of 10 |");
			System.out.println(NodeIndexMeasurement.measure(jdbc));
		}
	}

	/** The services found as they are listed, and as the search page asks while one types: one result per activity. */
	private enum Search {
		SERVICES("services"), PAGE("the page's, by activity");

		final String label;

		Search(String label) {
			this.label = label;
		}

		SearchQuery query(String text) {
			SearchQuery services = SearchQuery.of(text, 20);
			return this == SERVICES ? services : new SearchQuery(text, true, Filters.none(), null, 0, 20).byActivity();
		}
	}

	/** p50 and p95 in nanoseconds, and searches per second, of every query {@value #ROUNDS} times per thread. */
	private static long[] latencies(ServiceIndex index, Search search, List<String> queries, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<long[]>> runs = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			runs.add(pool.submit(() -> {
				long[] taken = new long[ROUNDS * queries.size()];
				int i = 0;
				for (int round = 0; round < ROUNDS; round++) {
					for (String query : queries) {
						long began = System.nanoTime();
						index.search(search.query(query));
						taken[i++] = System.nanoTime() - began;
					}
				}
				return taken;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> run : runs) {
			Arrays.stream(run.get()).forEach(all::add);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		all.sort(null);
		return new long[] { all.get(all.size() / 2), all.get((int) (all.size() * 0.95)), Math.round(all.size() / seconds) };
	}

	private static long usedHeap() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
