package fi.yhdessa.directory.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes' indexes on one database, as the platform runs them (issue 20): the first start builds
 * the index and its copy on disk, a restart opens the copy; a service renamed on one node (its row and
 * its change event written in one transaction, as the directory writes them) is searched for on the
 * other until found.
 */
public final class NodeIndexMeasurement {

	private static final Duration FOLLOW = Duration.ofMillis(250);

	private NodeIndexMeasurement() {
	}

	/** A Markdown table row: services, build with copy, start from copy, save visible on another node (p50 and max of ten). */
	public static String measure(JdbcClient jdbc) throws Exception {
		Path node = Files.createTempDirectory("yhdessa-node-index");
		NodeIndex first = new NodeIndex(jdbc, node, FOLLOW, Clock.systemUTC());
		long buildStart = System.nanoTime();
		first.start();
		long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
		long services = first.search(SearchQuery.of("", 1)).total();
		first.stop();
		NodeIndex restarted = new NodeIndex(jdbc, node, FOLLOW, Clock.systemUTC());
		long openStart = System.nanoTime();
		restarted.start();
		long openMillis = (System.nanoTime() - openStart) / 1_000_000;
		if (!restarted.startedFromCopy()) {
			throw new IllegalStateException("The restarted node did not open its copy");
		}
		Path otherNode = Files.createTempDirectory("yhdessa-other-node");
		NodeIndex other = new NodeIndex(jdbc, otherNode, FOLLOW, Clock.systemUTC());
		other.start();
		long[] visible = new long[10];
		for (int i = 0; i < visible.length; i++) {
			visible[i] = visibleOnOtherNode(jdbc, other, i);
		}
		other.stop();
		restarted.stop();
		org.springframework.util.FileSystemUtils.deleteRecursively(node);
		org.springframework.util.FileSystemUtils.deleteRecursively(otherNode);
		java.util.Arrays.sort(visible);
		return "| %,d | %,d ms | %,d ms | %d ms / %d ms |".formatted(services, buildMillis, openMillis, visible[visible.length / 2], visible[visible.length - 1]);
	}

	/** Milliseconds from the commit of a rename until the other node finds the service by its new name. */
	private static long visibleOnOtherNode(JdbcClient jdbc, NodeIndex other, int round) throws InterruptedException {
		UUID id = jdbc.sql("select id from directory.service where state = 'PUBLISHED' order by id offset :n limit 1").param("n", round * 97).query(UUID.class).single();
		String name = "Mittauspalvelu" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		jdbc.sql("""
				with renamed as (update directory.service set name_fi = :name where id = :id returning id)
				insert into directory.search_change (service_id) select id from renamed
				""").param("name", name).param("id", id).update();
		long committed = System.nanoTime();
		while (!other.search(SearchQuery.of(name, 1)).ids().contains(id)) {
			if (System.nanoTime() - committed > Duration.ofSeconds(10).toNanos()) {
				throw new IllegalStateException("Not visible on the other node within 10 s");
			}
			Thread.sleep(2);
		}
		return (System.nanoTime() - committed) / 1_000_000;
	}
}
