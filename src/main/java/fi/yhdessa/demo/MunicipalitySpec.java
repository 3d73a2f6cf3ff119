package fi.yhdessa.demo;

import java.util.List;

/**
 * One of the eleven fictional municipalities of the demo county: names (with the Finnish
 * genitive that unit names need), its share of the population, where it lies, its postcodes.
 */
record MunicipalitySpec(String code, String nameFi, String genitiveFi, String nameSv, double share, double latitude,
		double longitude, String postcodePrefix, boolean city) {

	static final List<MunicipalitySpec> COUNTY = List.of(
			new MunicipalitySpec("801", "Järvilinna", "Järvilinnan", "Sjöborg", 0.40, 62.242, 25.747, "401", true),
			new MunicipalitySpec("802", "Koivula", "Koivulan", "Björkby", 0.12, 62.398, 25.451, "413", false),
			new MunicipalitySpec("803", "Rantala", "Rantalan", "Strandby", 0.09, 62.055, 26.011, "417", false),
			new MunicipalitySpec("804", "Kuusimäki", "Kuusimäen", "Granbacka", 0.08, 62.515, 26.203, "419", false),
			new MunicipalitySpec("805", "Peltola", "Peltolan", "Åkerby", 0.06, 61.934, 25.330, "423", false),
			new MunicipalitySpec("806", "Salmela", "Salmelan", "Sundby", 0.06, 62.611, 25.702, "425", false),
			new MunicipalitySpec("807", "Honkavaara", "Honkavaaran", "Tallberga", 0.05, 62.777, 26.015, "427", false),
			new MunicipalitySpec("808", "Lehtojärvi", "Lehtojärven", "Lundsjö", 0.04, 61.871, 26.144, "431", false),
			new MunicipalitySpec("809", "Kivikoski", "Kivikosken", "Stenfors", 0.04, 62.351, 24.964, "433", false),
			new MunicipalitySpec("810", "Harjula", "Harjulan", "Åsby", 0.03, 62.702, 25.201, "435", false),
			new MunicipalitySpec("811", "Vuorela", "Vuorelan", "Bergby", 0.03, 62.129, 26.489, "437", false));
}
