package fi.yhdessa.demo;

import java.util.Locale;

/** How many residents the synthetic region has; its municipalities and organisations are the same at every scale. */
public enum RegionScale {
	/** Small enough to load in a few seconds, for people to try the platform. */
	DEMO(6_000),
	/** A whole county, for benchmarks. */
	REGION(250_000);

	private final int residents;

	RegionScale(int residents) {
		this.residents = residents;
	}

	public int residents() {
		return residents;
	}

	public static RegionScale parse(String name) {
		return valueOf(name.strip().toUpperCase(Locale.ROOT));
	}
}
