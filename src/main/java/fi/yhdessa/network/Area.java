package fi.yhdessa.network;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;

/** A service area of the county and the municipalities in it, by their codes. */
public record Area(String code, LocalizedText name, List<String> municipalities) {

	public Area {
		municipalities = List.copyOf(municipalities);
	}
}
