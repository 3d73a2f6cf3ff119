package fi.yhdessa.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base backups in the backup directory, each a directory named for the moment it was made
 * with its data and a {@code backup.properties} saying how it was made and how its verification went.
 */
final class BackupCatalogue {

	private static final Logger log = LoggerFactory.getLogger(BackupCatalogue.class);
	static final String MANIFEST = "backup.properties";
	private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

	/** One backup as its manifest tells; the problems its verification found, in English ({@code verification}) and for any language. */
	record Backup(String name, Instant started, Duration took, long bytes, String by, boolean verified, String verification,
			List<BackupProblem> problems, Duration verifyTook, String schemaVersion, long tables, long rows) {

		public long megabytes() {
			return Math.max(1, bytes / (1024 * 1024));
		}
	}

	private BackupCatalogue() {
	}

	static List<Backup> list(Path baseBackups) {
		if (!Files.isDirectory(baseBackups)) {
			return List.of();
		}
		try (Stream<Path> dirs = Files.list(baseBackups)) {
			return dirs.filter(dir -> Files.isRegularFile(dir.resolve(MANIFEST)))
				.map(BackupCatalogue::read)
				.sorted(Comparator.comparing(Backup::started).reversed())
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The backup of that name, or the newest verified one for {@code latest}. */
	static Path find(Path baseBackups, String name) {
		if (name.equals("latest")) {
			return list(baseBackups).stream()
				.filter(Backup::verified)
				.findFirst()
				.map(backup -> baseBackups.resolve(backup.name()))
				.orElseThrow(() -> new DatabaseUnavailable("There is no verified backup in " + baseBackups + " to restore."));
		}
		Path backup = baseBackups.resolve(name).normalize();
		if (!backup.getParent().equals(baseBackups.normalize()) || !Files.isDirectory(backup)) {
			throw new DatabaseUnavailable("There is no backup called " + name + " in " + baseBackups + ".");
		}
		return backup;
	}

	static void write(Path backup, Properties manifest) throws IOException {
		try (Writer out = Files.newBufferedWriter(backup.resolve(MANIFEST))) {
			manifest.store(out, "Yhdessä base backup");
		}
	}

	private static Backup read(Path backup) {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(backup.resolve(MANIFEST))) {
			p.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Backup(backup.getFileName().toString(), Instant.parse(p.getProperty("started")), Duration.parse(p.getProperty("took")),
				Long.parseLong(p.getProperty("bytes")), p.getProperty("by"), Boolean.parseBoolean(p.getProperty("verified")),
				p.getProperty("verification", ""), problems(p), Duration.parse(p.getProperty("verify-took", "PT0S")), p.getProperty("schema-version", ""),
				Long.parseLong(p.getProperty("tables", "0")), Long.parseLong(p.getProperty("rows", "0")));
	}

	private static List<BackupProblem> problems(Properties manifest) {
		List<BackupProblem> problems = new ArrayList<>();
		for (int i = 0; manifest.containsKey("problem." + i); i++) {
			problems.add(BackupProblem.parse(manifest.getProperty("problem." + i)));
		}
		return problems;
	}

	/**
	 * Keeps the newest {@code keep} verified backups and removes older backups, then the archived WAL
	 * that no kept backup needs (older than the oldest kept one's start). Backups newer than the
	 * oldest kept stay, verified or not.
	 */
	static void prune(Path baseBackups, Path walArchive, int keep) throws IOException {
		List<Backup> verified = list(baseBackups).stream().filter(Backup::verified).toList();
		if (verified.isEmpty() || keep < 1) {
			return;
		}
		Backup oldestKept = verified.get(Math.min(keep, verified.size()) - 1);
		for (Backup backup : list(baseBackups)) {
			if (backup.started().isBefore(oldestKept.started())) {
				deleteTree(baseBackups.resolve(backup.name()));
				log.info("Backup {} removed by the retention rule (the newest {} verified are kept)", backup.name(), keep);
			}
		}
		String firstNeeded = startSegment(baseBackups.resolve(oldestKept.name())).substring(8);
		try (Stream<Path> segments = Files.list(walArchive)) {
			for (Path segment : segments.toList()) {
				String name = segment.getFileName().toString();
				if (name.length() >= 24 && SEGMENT.matcher(name.substring(0, 24)).matches() && !name.endsWith(".history")
						&& name.substring(8, 24).compareTo(firstNeeded) < 0) {
					Files.delete(segment);
				}
			}
		}
	}

	private static String startSegment(Path backup) throws IOException {
		Matcher m = START_WAL.matcher(Files.readString(backup.resolve("data").resolve("backup_label")));
		if (!m.find()) {
			throw new IOException("The backup_label of " + backup + " names no start segment");
		}
		return m.group(1);
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
