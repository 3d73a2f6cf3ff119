package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One session of an activity on one day, at one place. */
public record ActivityOccurrence(UUID serviceId, LocalizedText name, UUID placeId, LocalizedText placeName, String streetAddress, LocalDate day,
		LocalTime starts, LocalTime ends, Double distanceKm) {
}
