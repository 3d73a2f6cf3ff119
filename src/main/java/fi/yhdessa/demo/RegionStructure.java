package fi.yhdessa.demo;

import fi.yhdessa.network.Area;
import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations of the demo county and their units: the county's family services, each
 * municipality's early childhood education and schools, NGOs, parishes and Kela. The same at
 * every scale.
 */
final class RegionStructure {

	static final String COUNTY_NAME_FI = "Järvilaakson hyvinvointialue";

	private static final List<String> DAYCARES = List.of("Satakieli", "Mustikka", "Kielo", "Pikkukoivu", "Omena", "Sateenkaari",
			"Aurinko", "Tuulenpesä", "Metsätähti", "Peikkometsä", "Kotikallio", "Sinivuokko", "Puolukka", "Tähtitaivas", "Leppäkerttu");

	/** Finnish genitive and Swedish name of the areas schools are named after. */
	private static final List<String[]> SCHOOL_AREAS = List.of(new String[] { "Keskustan", "Centrums" },
			new String[] { "Kirkonkylän", "Kyrkbyns" }, new String[] { "Kallion", "Bergas" }, new String[] { "Niemen", "Näs" },
			new String[] { "Lahden", "Viks" }, new String[] { "Mäen", "Backa" }, new String[] { "Harjun", "Ås" },
			new String[] { "Kosken", "Fors" }, new String[] { "Lehdon", "Lunds" }, new String[] { "Rannan", "Strands" },
			new String[] { "Kankaan", "Mo" }, new String[] { "Laakson", "Dals" });

	/** The county's two service areas: the north around the seat, the south around Rantala. */
	static final List<String> NORTH = List.of("801", "802", "804", "806", "807", "810");
	static final List<String> SOUTH = List.of("803", "805", "808", "809", "811");

	final List<Municipality> municipalities = new ArrayList<>();
	final List<Area> areas = List.of(new Area("north", text("Pohjoinen alue", "Norra området", "Northern area"), NORTH),
			new Area("south", text("Eteläinen alue", "Södra området", "Southern area"), SOUTH));
	final List<Organisation> organisations = new ArrayList<>();
	final List<Unit> units = new ArrayList<>();

	Organisation county;
	Unit guidance;
	Unit familySocialWorkNorth;
	Unit familySocialWorkSouth;
	Unit childWelfare;
	Unit childWelfareSouth;
	Unit firstChildHealthClinic;
	Organisation firstMunicipality;
	Unit firstDaycare;
	Organisation firstMll;
	Organisation familyAssociation;
	Organisation youthHouse;
	Organisation kela;
	final Map<String, Organisation> municipalityOrganisations = new HashMap<>();
	final Map<String, Organisation> parishes = new HashMap<>();
	final Map<String, Organisation> mllBranches = new LinkedHashMap<>();

	RegionStructure() {
		MunicipalitySpec.COUNTY.forEach(m -> municipalities.add(new Municipality(m.code(), m.nameFi(), m.nameSv(), m.latitude(), m.longitude())));
		MunicipalitySpec seat = MunicipalitySpec.COUNTY.getFirst();
		county = organisation("county", OrganisationKind.COUNTY, text(COUNTY_NAME_FI, "Järvidalens välfärdsområde",
				"Järvilaakso Wellbeing Services County"), "3300001-5", null, "https://jarvilaakso.example");
		guidance = unit("guidance", county, UnitKind.FAMILY_GUIDANCE, text("Perhekeskuksen ohjaus ja neuvonta",
				"Familjecentrets handledning och rådgivning", "Family centre guidance and counselling"), seat.code(), "040 000 1000");
		familySocialWorkNorth = unit("social-work-north", county, UnitKind.FAMILY_SOCIAL_WORK, text("Perhesosiaalityö, pohjoinen alue",
				"Familjesocialarbete, norra området", "Family social work, northern area"), seat.code(), "040 000 1100");
		familySocialWorkSouth = unit("social-work-south", county, UnitKind.FAMILY_SOCIAL_WORK, text("Perhesosiaalityö, eteläinen alue",
				"Familjesocialarbete, södra området", "Family social work, southern area"), "803", "040 000 1200");
		childWelfare = unit("child-welfare", county, UnitKind.CHILD_WELFARE, text("Lastensuojelun vastaanotto ja arviointi",
				"Barnskyddets mottagning och bedömning", "Child welfare intake and assessment"), seat.code(), "040 000 1300");
		// Sorts after the first intake unit, which receives the notifications made on the platform.
		childWelfareSouth = unit("child-welfare-south", county, UnitKind.CHILD_WELFARE, text("Lastensuojelun vastaanotto ja arviointi, eteläinen alue",
				"Barnskyddets mottagning och bedömning, södra området", "Child welfare intake and assessment, southern area"), "803", "040 000 1350");
		unit("family-counselling", county, UnitKind.FAMILY_COUNSELLING, text("Perheneuvola", "Familjerådgivningen",
				"Family counselling clinic"), seat.code(), "040 000 1400");
		unit("social-emergency", county, UnitKind.SOCIAL_EMERGENCY, text("Sosiaali- ja kriisipäivystys", "Social- och krisjouren",
				"Social and crisis emergency services"), seat.code(), "040 000 1500");
		for (MunicipalitySpec m : MunicipalitySpec.COUNTY) {
			Unit clinic = unit("clinic-" + m.code(), county, UnitKind.CHILD_HEALTH_CLINIC, text(m.genitiveFi() + " lastenneuvola",
					"Barnrådgivningen i " + m.nameSv(), m.nameFi() + " child health clinic"), m.code(), null);
			if (firstChildHealthClinic == null) {
				firstChildHealthClinic = clinic;
			}
		}
		MunicipalitySpec.COUNTY.forEach(this::municipality);
		ngos();
		for (MunicipalitySpec m : MunicipalitySpec.COUNTY) {
			Organisation parish = organisation("parish-" + m.code(), OrganisationKind.PARISH, text(m.genitiveFi() + " seurakunta",
					m.nameSv() + " församling", m.nameFi() + " Parish"), null, m.code(), null);
			parishes.put(m.code(), parish);
			unit("parish-family-work-" + m.code(), parish, UnitKind.PARISH_FAMILY_WORK, text("Perhetyö", "Familjearbete", "Family work"),
					m.code(), null);
		}
		kela = organisation("kela", OrganisationKind.KELA, text("Kela", "FPA", "Kela"), "0246246-0", null, "https://www.kela.fi");
		unit("kela-" + seat.code(), kela, UnitKind.KELA_SERVICE_POINT, text("Kelan palvelupiste, " + seat.nameFi(),
				"FPA:s servicepunkt, " + seat.nameSv(), "Kela service point, " + seat.nameFi()), seat.code(), null);
	}

	private void municipality(MunicipalitySpec m) {
		Organisation municipality = m.city()
				? organisation("municipality-" + m.code(), OrganisationKind.MUNICIPALITY, text(m.genitiveFi() + " kaupunki",
						m.nameSv() + "s stad", "City of " + m.nameFi()), null, m.code(), null)
				: organisation("municipality-" + m.code(), OrganisationKind.MUNICIPALITY, text(m.genitiveFi() + " kunta",
						m.nameSv() + "s kommun", "Municipality of " + m.nameFi()), null, m.code(), null);
		municipalityOrganisations.put(m.code(), municipality);
		if (firstMunicipality == null) {
			firstMunicipality = municipality;
		}
		int daycares = Math.max(1, (int) Math.round(m.share() * 30));
		for (int i = 0; i < daycares; i++) {
			String name = DAYCARES.get(i % DAYCARES.size()) + (i >= DAYCARES.size() ? " " + (i / DAYCARES.size() + 1) : "");
			Unit daycare = unit("daycare-" + m.code() + "-" + i, municipality, UnitKind.EARLY_CHILDHOOD_EDUCATION,
					text("Päiväkoti " + name, "Daghemmet " + name, name + " daycare centre"), m.code(), null);
			if (firstDaycare == null) {
				firstDaycare = daycare;
			}
		}
		int schools = Math.max(1, (int) Math.round(m.share() * 20));
		for (int i = 0; i < schools; i++) {
			String[] area = SCHOOL_AREAS.get(i % SCHOOL_AREAS.size());
			String suffix = i >= SCHOOL_AREAS.size() ? " " + (i / SCHOOL_AREAS.size() + 1) : "";
			unit("school-" + m.code() + "-" + i, municipality, UnitKind.SCHOOL, text(area[0] + " koulu" + suffix, area[1] + " skola" + suffix,
					area[0] + " koulu school" + suffix), m.code(), null);
		}
	}

	private void ngos() {
		for (MunicipalitySpec m : MunicipalitySpec.COUNTY.subList(0, 4)) {
			Organisation mll = organisation("mll-" + m.code(), OrganisationKind.NGO, text("MLL:n " + m.genitiveFi() + " yhdistys",
					"MLL:s förening i " + m.nameSv(), "MLL " + m.nameFi() + " branch"), null, m.code(), null);
			mllBranches.put(m.code(), mll);
			unit("mll-cafe-" + m.code(), mll, UnitKind.NGO_FAMILY_ACTIVITIES, text("Perhekahvila", "Familjecafé", "Family café"), m.code(), null);
			if (firstMll == null) {
				firstMll = mll;
			}
		}
		familyAssociation = organisation("family-association", OrganisationKind.NGO, text("Järvilaakson perheyhdistys ry",
				"Familjeföreningen i Järvidalen rf", "Järvilaakso Family Association"), null, "801", null);
		unit("family-association-peer", familyAssociation, UnitKind.NGO_FAMILY_ACTIVITIES,
				text("Vertaisryhmät ja eroperheiden tuki", "Kamratgrupper och stöd för skilsmässofamiljer", "Peer groups and support for separating families"),
				"801", "040 000 2000");
		youthHouse = organisation("youth-house", OrganisationKind.NGO, text("Nuorten talo ry", "Ungdomens hus rf", "Youth House Association"),
				null, "801", null);
		unit("youth-house-open", youthHouse, UnitKind.NGO_FAMILY_ACTIVITIES, text("Avoin nuorten ilta", "Öppen ungdomskväll", "Open youth evening"),
				"801", null);
	}

	private Organisation organisation(String key, OrganisationKind kind, LocalizedText name, String businessId, String municipality, String website) {
		Organisation organisation = new Organisation(new OrganisationId(DemoIds.of("organisation", key)), kind, name, businessId, municipality, website);
		organisations.add(organisation);
		return organisation;
	}

	private Unit unit(String key, Organisation organisation, UnitKind kind, LocalizedText name, String municipality, String phone) {
		String email = phone == null ? null : key + "@jarvilaakso.example";
		Unit unit = new Unit(new UnitId(DemoIds.of("unit", key)), organisation.id(), kind, name, municipality, phone, email);
		units.add(unit);
		return unit;
	}

	private static LocalizedText text(String fi, String sv, String en) {
		return LocalizedText.of(fi, sv, en);
	}
}
