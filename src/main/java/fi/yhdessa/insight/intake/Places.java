package fi.yhdessa.insight.intake;

import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.network.Area;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a fact happened, from the network: a unit's kind of service and municipality, and the area
 * of a municipality. Kept in memory and read again when an unknown unit or municipality appears (at
 * most every few seconds), so a fact arriving costs no query.
 */
@Component
public class Places implements Fact.Areas {

	private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);

	private final Network network;
	private volatile Map<UUID, Fact.Place> units = Map.of();
	private volatile Map<String, String> areas = Map.of();
	private volatile long loadedAt;

	Places(Network network) {
		this.network = network;
	}

	/** The unit as a place; {@link Fact.Place#NOWHERE} when there is no unit. */
	public Fact.Place unit(UUID unitId) {
		if (unitId == null) {
			return Fact.Place.NOWHERE;
		}
		Fact.Place place = units.get(unitId);
		if (place == null && reload()) {
			place = units.get(unitId);
		}
		return place != null ? place : new Fact.Place(unitId, null, null);
	}

	@Override
	public String of(String municipality) {
		if (municipality == null) {
			return null;
		}
		String area = areas.get(municipality);
		if (area == null && !areas.containsKey(municipality) && reload()) {
			area = areas.get(municipality);
		}
		return area;
	}

	/** The areas with their names and municipalities, for the pages. */
	public List<Area> areas() {
		return network.areas();
	}

	private synchronized boolean reload() {
		if (System.nanoTime() - loadedAt < RELOAD_AT_MOST_EVERY.toNanos() && loadedAt != 0) {
			return false;
		}
		Map<UUID, Fact.Place> freshUnits = new HashMap<>();
		for (Unit unit : network.units()) {
			freshUnits.put(unit.id().value(), new Fact.Place(unit.id().value(), unit.kind().name(), unit.municipalityCode()));
		}
		Map<String, String> freshAreas = new HashMap<>();
		network.municipalities().forEach(m -> freshAreas.put(m.code(), null));
		for (Area area : network.areas()) {
			area.municipalities().forEach(code -> freshAreas.put(code, area.code()));
		}
		units = freshUnits;
		areas = freshAreas;
		loadedAt = System.nanoTime();
		return true;
	}
}
