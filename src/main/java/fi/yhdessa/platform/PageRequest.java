package fi.yhdessa.platform;

/** A page of a long list: 1-based page number and page size. */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 25;

	public PageRequest {
		page = Math.max(1, page);
		size = Math.clamp(size, 1, 200);
	}

	public static PageRequest of(Integer page) {
		return new PageRequest(page == null ? 1 : page, DEFAULT_SIZE);
	}

	public long offset() {
		return (long) (page - 1) * size;
	}
}
