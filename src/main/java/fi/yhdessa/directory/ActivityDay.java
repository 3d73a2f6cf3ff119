package fi.yhdessa.directory;

import java.time.LocalDate;
import java.util.List;

/** The activities of one day. */
public record ActivityDay(LocalDate day, List<ActivityOccurrence> activities) {
}
