package fi.yhdessa.insight.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One fact as insight keeps it: its kind, when it happened, the dimensions it is counted by, and
 * its measure ({@link FactKind} says what {@code value}, {@code base}, {@code due} and
 * {@code dueFinal} mean). A family and the record the fact is about are keyed pseudonyms.
 */
public record Fact(UUID id, FactKind kind, Instant occurredAt, YearMonth month, String municipality, String area, UUID unitId, String serviceKind,
		String channel, String ageGroup, String language, String detail, Boolean onTime, Integer value, Integer base, LocalDate due, LocalDate dueFinal,
		byte[] familyKey, byte[] subjectKey) {

	static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	public static Builder of(UUID id, FactKind kind, Instant occurredAt) {
		return new Builder(id, kind, occurredAt);
	}

	/** Builds a fact dimension by dimension. */
	public static final class Builder {

		private final UUID id;
		private final FactKind kind;
		private final Instant occurredAt;
		private YearMonth month;
		private Place place = Place.NOWHERE;
		private String municipality;
		private String serviceKind;
		private String channel;
		private String ageGroup;
		private String language;
		private String detail;
		private Boolean onTime;
		private Integer value;
		private Integer base;
		private LocalDate due;
		private LocalDate dueFinal;
		private byte[] familyKey;
		private byte[] subjectKey;

		private Builder(UUID id, FactKind kind, Instant occurredAt) {
			this.id = id;
			this.kind = kind;
			this.occurredAt = occurredAt;
			this.month = YearMonth.from(occurredAt.atZone(FINLAND));
		}

		/** For a fact known only by its month (feedback): it is counted as of the month's first day. */
		public Builder month(YearMonth known) {
			this.month = known;
			return this;
		}

		/** The unit the fact happened in, with its kind of service, municipality and area. */
		public Builder at(Place at) {
			this.place = at;
			return this;
		}

		/** The family's municipality, when it is known apart from the unit's. */
		public Builder municipality(String code) {
			this.municipality = code;
			return this;
		}

		/** The kind of service when it is not the unit's own (a case's kind of client work). */
		public Builder serviceKind(String kind) {
			this.serviceKind = kind;
			return this;
		}

		public Builder channel(String channel) {
			this.channel = channel;
			return this;
		}

		public Builder ageGroup(String group) {
			this.ageGroup = group;
			return this;
		}

		public Builder language(String language) {
			this.language = language;
			return this;
		}

		public Builder detail(String detail) {
			this.detail = detail;
			return this;
		}

		public Builder onTime(Boolean onTime) {
			this.onTime = onTime;
			return this;
		}

		public Builder value(Integer value) {
			this.value = value;
			return this;
		}

		public Builder base(Integer base) {
			this.base = base;
			return this;
		}

		public Builder due(LocalDate due) {
			this.due = due;
			return this;
		}

		public Builder dueFinal(LocalDate dueFinal) {
			this.dueFinal = dueFinal;
			return this;
		}

		public Builder family(byte[] key) {
			this.familyKey = key;
			return this;
		}

		public Builder subject(byte[] key) {
			this.subjectKey = key;
			return this;
		}

		/** The fact, its area from its municipality (the family's, else the unit's). */
		public Fact build(Areas areas) {
			String where = municipality != null ? municipality : place.municipality();
			return new Fact(id, kind, occurredAt, month, where, areas.of(where), place.unitId(), serviceKind != null ? serviceKind : place.serviceKind(),
					channel, ageGroup, language, detail, onTime, value, base, due, dueFinal, familyKey, subjectKey);
		}
	}

	/** Where something happened: a unit, its kind of service and its municipality. */
	public record Place(UUID unitId, String serviceKind, String municipality) {

		public static final Place NOWHERE = new Place(null, null, null);
	}

	/** The area a municipality belongs to. */
	@FunctionalInterface
	public interface Areas {

		String of(String municipality);
	}
}
