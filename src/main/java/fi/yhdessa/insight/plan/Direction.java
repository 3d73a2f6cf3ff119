package fi.yhdessa.insight.plan;

/** Which way an indicator should go for the priority: down (fewer placements) or up (more who feel well). */
public enum Direction {
	DOWN, UP
}
