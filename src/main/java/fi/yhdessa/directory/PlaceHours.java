package fi.yhdessa.directory;

import java.util.List;

/** A place where a service is given, with its weekly hours there. */
public record PlaceHours(Place place, List<WeeklyHours> hours) {
}
