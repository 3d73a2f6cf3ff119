package fi.yhdessa.platform;

import java.util.List;

/** One page of a list with what a pager needs. */
public record PageOf<T>(List<T> items, PageRequest request, long total) {

	public int page() {
		return request.page();
	}

	public int pages() {
		return (int) Math.max(1, (total + request.size() - 1) / request.size());
	}

	public boolean hasPrevious() {
		return request.page() > 1;
	}

	public boolean hasNext() {
		return request.page() < pages();
	}

	public long firstItem() {
		return items.isEmpty() ? 0 : request.offset() + 1;
	}

	public long lastItem() {
		return request.offset() + items.size();
	}
}
