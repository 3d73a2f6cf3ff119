package fi.yhdessa.directory.hsds;

import java.util.List;

/**
 * What an import did: how many services were created, updated and rejected, why each rejected
 * one was, and what the directory could not keep. {@code record} counts services from 1 in the
 * order of the file.
 */
public record ImportReport(int created, int updated, int rejected, List<Rejection> rejections, List<String> notes) {

	public record Rejection(int record, String id, String name, List<String> reasons) {
	}
}
