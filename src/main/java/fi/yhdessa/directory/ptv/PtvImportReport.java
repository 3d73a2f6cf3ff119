package fi.yhdessa.directory.ptv;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one import from PTV did. {@code outcome} is {@code DONE}, {@code UNREACHABLE} (PTV did not answer; nothing
 * changed), {@code REFUSED} (PTV answered with something not of its format; nothing changed) or
 * {@code NOT_CONFIGURED} (no municipalities to import); {@code message} says why in the reader's language.
 * {@code since} is the modification time asked from PTV, null for a full import. {@code changes} lists the services
 * created, updated and archived, at most {@link #LISTED} of them.
 */
public record PtvImportReport(String outcome, String message, List<String> municipalities, boolean full, Instant since, int created, int updated,
		int unchanged, int archived, int organisations, List<Change> changes, List<Rejection> rejections) {

	public static final int LISTED = 500;

	/** A service the import created, updated or archived. */
	public record Change(UUID id, String name, String change) {
	}

	/** A service left out, with the reason in the reader's language. */
	public record Rejection(UUID id, String name, String reason) {
	}

	static PtvImportReport failed(String outcome, String message, List<String> municipalities, boolean full, Instant since) {
		return new PtvImportReport(outcome, message, municipalities, full, since, 0, 0, 0, 0, 0, List.of(), List.of());
	}
}
