package fi.yhdessa.network.web;

import fi.yhdessa.network.centres.FamilyCentre;
import fi.yhdessa.platform.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A family centre as the coordinator keeps it: names and introductions in three languages, sites, channels, organisations and contact persons. */
public class FamilyCentreForm {

	private String nameFi;
	private String nameSv;
	private String nameEn;
	private String introFi;
	private String introSv;
	private String introEn;
	private List<UUID> sites = new ArrayList<>();
	private List<UUID> meetingPlaces = new ArrayList<>();
	private List<UUID> organisations = new ArrayList<>();
	private List<UUID> contacts = new ArrayList<>();
	private List<ChannelRow> channels = new ArrayList<>();

	static FamilyCentreForm of(FamilyCentre c) {
		FamilyCentreForm form = new FamilyCentreForm();
		form.nameFi = c.name().fi();
		form.nameSv = c.name().sv();
		form.nameEn = c.name().en();
		if (c.intro() != null) {
			form.introFi = c.intro().fi();
			form.introSv = c.intro().sv();
			form.introEn = c.intro().en();
		}
		c.sites().forEach(s -> {
			form.sites.add(s.placeId());
			if (s.meetingPlace()) {
				form.meetingPlaces.add(s.placeId());
			}
		});
		form.organisations.addAll(c.organisations());
		form.contacts.addAll(c.contacts());
		c.channels().forEach(ch -> form.channels.add(new ChannelRow(ch.kind().name(), ch.name().fi(), ch.address())));
		form.channels.add(new ChannelRow());
		return form;
	}

	FamilyCentre centre(UUID id, String municipalityCode, Errors errors) {
		LocalizedText name = LocalizedText.ofNullable(nameFi, nameSv, nameEn);
		if (name == null) {
			errors.rejectValue("nameFi", "centre.error.name");
		}
		List<FamilyCentre.Channel> written = new ArrayList<>();
		for (int i = 0; i < channels.size(); i++) {
			ChannelRow row = channels.get(i);
			if (row == null || row.address == null || row.address.isBlank()) {
				continue;
			}
			try {
				FamilyCentre.Channel.Kind kind = FamilyCentre.Channel.Kind.valueOf(row.kind);
				if (kind != FamilyCentre.Channel.Kind.PHONE && !row.address.strip().startsWith("https://")) {
					errors.rejectValue("channels[" + i + "].address", "workshop.error.link");
					continue;
				}
				written.add(new FamilyCentre.Channel(kind, LocalizedText.of(row.name == null || row.name.isBlank() ? row.address : row.name, null, null),
						row.address.strip()));
			}
			catch (IllegalArgumentException | NullPointerException e) {
				errors.rejectValue("channels[" + i + "].kind", "network.error.required");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new FamilyCentre(id, municipalityCode, name, LocalizedText.ofNullable(introFi, introSv, introEn),
				sites.stream().distinct().map(p -> new FamilyCentre.Site(p, meetingPlaces.contains(p))).toList(), written, organisations, contacts);
	}

	/** A digital channel as typed. */
	public static class ChannelRow {

		private String kind;
		private String name;
		private String address;

		public ChannelRow() {
		}

		ChannelRow(String kind, String name, String address) {
			this.kind = kind;
			this.name = name;
			this.address = address;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}
	}

	public String getNameFi() {
		return nameFi;
	}

	public void setNameFi(String nameFi) {
		this.nameFi = nameFi;
	}

	public String getNameSv() {
		return nameSv;
	}

	public void setNameSv(String nameSv) {
		this.nameSv = nameSv;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getIntroFi() {
		return introFi;
	}

	public void setIntroFi(String introFi) {
		this.introFi = introFi;
	}

	public String getIntroSv() {
		return introSv;
	}

	public void setIntroSv(String introSv) {
		this.introSv = introSv;
	}

	public String getIntroEn() {
		return introEn;
	}

	public void setIntroEn(String introEn) {
		this.introEn = introEn;
	}

	public List<UUID> getSites() {
		return sites;
	}

	public void setSites(List<UUID> sites) {
		this.sites = sites == null ? new ArrayList<>() : sites;
	}

	public List<UUID> getMeetingPlaces() {
		return meetingPlaces;
	}

	public void setMeetingPlaces(List<UUID> meetingPlaces) {
		this.meetingPlaces = meetingPlaces == null ? new ArrayList<>() : meetingPlaces;
	}

	public List<UUID> getOrganisations() {
		return organisations;
	}

	public void setOrganisations(List<UUID> organisations) {
		this.organisations = organisations == null ? new ArrayList<>() : organisations;
	}

	public List<UUID> getContacts() {
		return contacts;
	}

	public void setContacts(List<UUID> contacts) {
		this.contacts = contacts == null ? new ArrayList<>() : contacts;
	}

	public List<ChannelRow> getChannels() {
		return channels;
	}

	public void setChannels(List<ChannelRow> channels) {
		this.channels = channels == null ? new ArrayList<>() : channels;
	}
}
