package fi.yhdessa.directory.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's copy of its index on disk, so that it starts without reading every service: the index,
 * the compound parts it was made with, and where in the change log it is up to. A copy is used only
 * when it is of this analysis, recent enough for the log to bring it up to date, and made from this
 * database as it is (the change it last saw is still in the log, as it was).
 */
final class IndexCopy {

	/** Moved on whenever the analysis or the fields change, so that an older copy is built anew. */
	static final String FORMAT = "2026-12-07.1";

	private static final Logger log = LoggerFactory.getLogger(IndexCopy.class);
	private static final String PARTS = "compound-parts.txt";

	/** Where a copy is up to. */
	record UpTo(long horizon, ChangeLog.Mark mark, Instant at) {

		Map<String, String> asCommitData() {
			Map<String, String> data = new HashMap<>();
			data.put("format", FORMAT);
			data.put("horizon", Long.toString(horizon));
			data.put("seq", Long.toString(mark.seq()));
			data.put("tx", Long.toString(mark.tx()));
			data.put("at", at.toString());
			return data;
		}

		static Optional<UpTo> of(Map<String, String> data) {
			if (!FORMAT.equals(data.get("format"))) {
				return Optional.empty();
			}
			return Optional.of(new UpTo(Long.parseLong(data.get("horizon")), new ChangeLog.Mark(Long.parseLong(data.get("seq")),
					Long.parseLong(data.get("tx"))), Instant.parse(data.get("at"))));
		}
	}

	/** Where the copy in this directory is up to, when it is one that can be used with this log. */
	static Optional<UpTo> usable(Directory directory, Path path, ChangeLog changes, Instant now) {
		try {
			if (!DirectoryReader.indexExists(directory) || !Files.exists(path.resolve(PARTS))) {
				return Optional.empty();
			}
			Optional<UpTo> upTo = UpTo.of(SegmentInfos.readLatestCommit(directory).getUserData());
			if (upTo.isEmpty()) {
				log.info("The search index copy is of an older analysis; building it anew");
			}
			else if (!ChangeLog.catchesUpAfter(Duration.between(upTo.get().at(), now))) {
				log.info("The search index copy is from {}, older than the change log; building it anew", upTo.get().at());
				return Optional.empty();
			}
			else if (!changes.holds(upTo.get().mark())) {
				log.info("The search index copy does not match this database (restored, or another one); building it anew");
				return Optional.empty();
			}
			return upTo;
		}
		catch (IOException | RuntimeException e) {
			log.warn("The search index copy cannot be read ({}); building it anew", e.toString());
			return Optional.empty();
		}
	}

	static CompoundParts parts(Path path) throws IOException {
		return CompoundParts.read(path.resolve(PARTS));
	}

	static void keepParts(Path path, CompoundParts parts) throws IOException {
		parts.write(path.resolve(PARTS));
	}

	private IndexCopy() {
	}
}
