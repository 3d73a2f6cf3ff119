package fi.yhdessa.directory.geo;

/** Distances on the map, in SQL: kilometres along the great circle from the bound point :lat, :lon. */
public final class Distances {

	private Distances() {
	}

	/** The distance in km from :lat/:lon to the location aliased {@code l}. */
	public static final String FROM_POINT_TO_LOCATION = "2 * 6371 * asin(sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)"
			+ " + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2)))";
}
