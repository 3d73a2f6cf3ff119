package fi.yhdessa.population;

/** A guardian (huoltaja) of a child. */
public record Guardianship(ResidentId guardian, ResidentId child) {
}
