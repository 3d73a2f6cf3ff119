package fi.yhdessa.insight.costs;

/** Where a kind of service stands between prevention and correction. Message key {@code insight.tier.NAME}. */
public enum Tier {
	/** Services for every family: child health clinics, early childhood education, school, open activities, guidance. */
	UNIVERSAL,
	/** Targeted help without child welfare: family counselling, family work, family social work. */
	EARLY_SUPPORT,
	/** Child welfare: open care and placements, and social emergency services. */
	CORRECTIVE
}
