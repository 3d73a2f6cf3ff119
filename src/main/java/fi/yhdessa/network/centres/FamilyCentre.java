package fi.yhdessa.network.centres;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A municipality's family centre in its three forms: physical sites (places of the directory, some
 * of them meeting places), digital channels, and the network of organisations working in it; with
 * its contact persons.
 */
public record FamilyCentre(UUID id, String municipalityCode, LocalizedText name, LocalizedText intro, List<Site> sites, List<Channel> channels,
		List<UUID> organisations, List<UUID> contacts) {

	public FamilyCentre {
		sites = List.copyOf(sites);
		channels = List.copyOf(channels);
		organisations = List.copyOf(organisations);
		contacts = List.copyOf(contacts);
	}

	public record Site(UUID placeId, boolean meetingPlace) {
	}

	public record Channel(Kind kind, LocalizedText name, String address) {

		public enum Kind {
			WEB, CHAT, PHONE, VIDEO, SOCIAL_MEDIA, APP;

			public String messageKey() {
				return "channel.kind." + name();
			}
		}

		/** The address as a link: web addresses as they are, phone numbers as tel: links. */
		public String href() {
			return kind == Kind.PHONE ? "tel:" + address.replaceAll("[^0-9+]", "") : address;
		}
	}
}
