package fi.yhdessa.directory;

/**
 * What a person looks for: words in any of the three languages, and filters; null filters are off.
 *
 * @param asYouType whether the last word may still be unfinished (matched as a prefix)
 */
public record SearchRequest(String text, String municipality, AgeGroup ageGroup, String topic, String language, ChannelKind channel,
		ServiceKind kind, boolean freeOnly, boolean noReferralOnly, boolean openNow, Near near, boolean asYouType, int page, int pageSize) {

	/**
	 * Where the person is, for "nearest first": a postcode, or coordinates from the browser.
	 *
	 * @param withinKm only services with a place this near; null for any
	 */
	public record Near(String postcode, Double latitude, Double longitude, Double withinKm) {

		public Near(String postcode, Double latitude, Double longitude) {
			this(postcode, latitude, longitude, null);
		}

		public static Near postcode(String postcode) {
			return new Near(postcode, null, null);
		}

		public Near within(Double km) {
			return new Near(postcode, latitude, longitude, km);
		}
	}

	public SearchRequest {
		text = text == null ? "" : text.strip();
		page = Math.max(1, page);
		pageSize = Math.clamp(pageSize, 1, 100);
	}

	public static SearchRequest of(String text) {
		return new SearchRequest(text, null, null, null, null, null, null, false, false, false, null, false, 1, 20);
	}

	public SearchRequest inMunicipality(String code) {
		return new SearchRequest(text, code, ageGroup, topic, language, channel, kind, freeOnly, noReferralOnly, openNow, near, asYouType, page, pageSize);
	}

	public SearchRequest withText(String newText) {
		return new SearchRequest(newText, municipality, ageGroup, topic, language, channel, kind, freeOnly, noReferralOnly, openNow, near, asYouType, page,
				pageSize);
	}

	public SearchRequest near(Near where) {
		return new SearchRequest(text, municipality, ageGroup, topic, language, channel, kind, freeOnly, noReferralOnly, openNow, where, asYouType, page,
				pageSize);
	}

	public boolean hasText() {
		return !text.isEmpty();
	}
}
