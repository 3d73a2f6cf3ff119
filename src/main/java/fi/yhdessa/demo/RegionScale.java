package fi.yhdessa.demo;

import java.util.Locale;

/**
 * How many residents the synthetic region has, and at least how many services and activities;
 * its municipalities and organisations are the same at every scale.
 */
public enum RegionScale {
	/** Small enough to load in a few seconds, for people to try the platform: the hand-written services only. */
	DEMO(6_000, 0),
	/** A whole county, for benchmarks: the hand-written services and generated local ones, 50 000 in all. */
	REGION(250_000, 50_000);

	private final int residents;
	private final int services;

	RegionScale(int residents, int services) {
		this.residents = residents;
		this.services = services;
	}

	public int residents() {
		return residents;
	}

	public int services() {
		return services;
	}

	public static RegionScale parse(String name) {
		return valueOf(name.strip().toUpperCase(Locale.ROOT));
	}
}
