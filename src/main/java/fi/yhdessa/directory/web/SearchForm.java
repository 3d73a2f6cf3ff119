package fi.yhdessa.directory.web;

import fi.yhdessa.directory.AgeGroup;
import fi.yhdessa.directory.ChannelKind;
import fi.yhdessa.directory.SearchRequest;
import fi.yhdessa.directory.ServiceKind;
import java.util.Arrays;

/** The search box and filters as they arrive in the URL, so that a search can be shared as a link. */
class SearchForm {

	private String q = "";
	private String municipality;
	private String age;
	private String topic;
	private String language;
	private String channel;
	private String kind;
	private boolean free;
	private boolean noReferral;
	private boolean openNow;
	private String near;
	private Double lat;
	private Double lon;
	private Integer page;

	SearchRequest toRequest(boolean asYouType) {
		SearchRequest.Near where = lat != null && lon != null ? new SearchRequest.Near(null, lat, lon)
				: blankToNull(near) != null ? SearchRequest.Near.postcode(near.strip()) : null;
		return new SearchRequest(q, blankToNull(municipality), parse(AgeGroup.class, age), blankToNull(topic), blankToNull(language),
				parse(ChannelKind.class, channel), parse(ServiceKind.class, kind), free, noReferral, openNow, where, asYouType, page == null ? 1 : page, 20);
	}

	boolean hasFilters() {
		return blankToNull(municipality) != null || blankToNull(age) != null || blankToNull(topic) != null || blankToNull(language) != null
				|| blankToNull(channel) != null || blankToNull(kind) != null || free || noReferral || openNow || blankToNull(near) != null
				|| lat != null;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q == null ? "" : q.strip();
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public String getAge() {
		return age;
	}

	public void setAge(String age) {
		this.age = age;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public boolean isFree() {
		return free;
	}

	public void setFree(boolean free) {
		this.free = free;
	}

	public boolean isNoReferral() {
		return noReferral;
	}

	public void setNoReferral(boolean noReferral) {
		this.noReferral = noReferral;
	}

	public boolean isOpenNow() {
		return openNow;
	}

	public void setOpenNow(boolean openNow) {
		this.openNow = openNow;
	}

	public String getNear() {
		return near;
	}

	public void setNear(String near) {
		this.near = near;
	}

	public Double getLat() {
		return lat;
	}

	public void setLat(Double lat) {
		this.lat = lat;
	}

	public Double getLon() {
		return lon;
	}

	public void setLon(Double lon) {
		this.lon = lon;
	}

	/** A postcode that is not five digits gets a message next to the field. */
	public boolean isNearInvalid() {
		return blankToNull(near) != null && !near.strip().matches("[0-9]{5}");
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}
}
