package fi.yhdessa.network;

/** A municipality of the county, by its official three-digit code; Swedish names are official where the municipality is bilingual. */
public record Municipality(String code, String nameFi, String nameSv, double latitude, double longitude) {

	public String name(java.util.Locale locale) {
		return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
	}
}
