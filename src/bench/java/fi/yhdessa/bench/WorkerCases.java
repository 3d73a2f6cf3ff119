package fi.yhdessa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The workers a simulation signs in as, read from a file of lines {@code username [field …] case-id case-id …}
 * that its benchmark wrote: each line a Gatling feeder record with {@code username}, the named
 * fields and {@code cases}, fed round the workers in turn.
 */
final class WorkerCases {

	private final List<Map<String, Object>> workers;

	private WorkerCases(List<Map<String, Object>> workers) {
		this.workers = workers;
	}

	/** @param fields the names of the words that follow the username on each line, before the cases */
	static WorkerCases read(Path file, String... fields) {
		try (Stream<String> lines = Files.lines(file)) {
			return new WorkerCases(lines.map(line -> line.strip().split("\\s+"))
				.filter(words -> words.length > 1 + fields.length)
				.map(words -> {
					Map<String, Object> worker = new LinkedHashMap<>();
					worker.put("username", words[0]);
					for (int i = 0; i < fields.length; i++) {
						worker.put(fields[i], words[1 + i]);
					}
					worker.put("cases", String.join(",", Arrays.copyOfRange(words, 1 + fields.length, words.length)));
					return worker;
				})
				.toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Iterator<Map<String, Object>> circular() {
		AtomicInteger next = new AtomicInteger();
		return Stream.generate(() -> workers.get(Math.floorMod(next.getAndIncrement(), workers.size()))).iterator();
	}

	/** One of a worker's cases, at random. */
	static String pick(String cases) {
		String[] ids = cases.split(",");
		return ids[ThreadLocalRandom.current().nextInt(ids.length)];
	}
}
