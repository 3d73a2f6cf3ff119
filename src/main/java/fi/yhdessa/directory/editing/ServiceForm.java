package fi.yhdessa.directory.editing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A service or activity as its editor types it: texts in three languages (at least one of each),
 * for whom, what it costs, how to get in, and its weekly hours at its places. {@code version} is
 * the version the editor started from, so that a change made meanwhile by someone else is not overwritten.
 */
public class ServiceForm {

	@Pattern(regexp = "SERVICE|ACTIVITY", message = "{edit.kind.invalid}")
	private String kind = "SERVICE";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameFi = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameSv = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameEn = "";

	@Size(max = 4000, message = "{validation.tooLongMax}")
	private String descriptionFi = "";

	@Size(max = 4000, message = "{validation.tooLongMax}")
	private String descriptionSv = "";

	@Size(max = 4000, message = "{validation.tooLongMax}")
	private String descriptionEn = "";

	private boolean universal = true;

	@Min(value = 0, message = "{edit.age.invalid}")
	@Max(value = 29, message = "{edit.age.invalid}")
	private Integer minAge = null;

	@Min(value = 0, message = "{edit.age.invalid}")
	@Max(value = 29, message = "{edit.age.invalid}")
	private Integer maxAge = null;

	private boolean freeOfCharge = true;

	@Size(max = 500, message = "{validation.tooLongMax}")
	private String cost = "";

	private boolean noReferral = true;

	private List<String> languages = new ArrayList<>(List.of("fi"));

	private List<String> topics = new ArrayList<>();

	private List<String> municipalities = new ArrayList<>();

	@Size(max = 200, message = "{validation.tooLongMax}")
	@Email(message = "{edit.email.invalid}")
	private String email = "";

	@Size(max = 50, message = "{validation.tooLongMax}")
	@Pattern(regexp = "|\\+?[0-9 ()-]{5,}", message = "{edit.phone.invalid}")
	private String phone = "";

	@Size(max = 500, message = "{validation.tooLongMax}")
	@Pattern(regexp = "|https?://\\S+", message = "{edit.url.invalid}")
	private String url = "";

	@Valid
	private List<HoursRow> hours = new ArrayList<>();

	private int version = 0;

	/** Days a place is closed for this service (a holiday, a closure); a row left empty is ignored. */
	@Valid
	private List<ClosureRow> closures = new ArrayList<>();

	/** The organisation whose service it is; coordinators choose it, editors keep their own. */
	private String organisation = "";

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind == null ? "" : kind.strip();
	}

	public String getNameFi() {
		return nameFi;
	}

	public void setNameFi(String nameFi) {
		this.nameFi = nameFi == null ? "" : nameFi.strip();
	}

	public String getNameSv() {
		return nameSv;
	}

	public void setNameSv(String nameSv) {
		this.nameSv = nameSv == null ? "" : nameSv.strip();
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn == null ? "" : nameEn.strip();
	}

	public String getDescriptionFi() {
		return descriptionFi;
	}

	public void setDescriptionFi(String descriptionFi) {
		this.descriptionFi = descriptionFi == null ? "" : descriptionFi.strip();
	}

	public String getDescriptionSv() {
		return descriptionSv;
	}

	public void setDescriptionSv(String descriptionSv) {
		this.descriptionSv = descriptionSv == null ? "" : descriptionSv.strip();
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn == null ? "" : descriptionEn.strip();
	}

	public boolean isUniversal() {
		return universal;
	}

	public void setUniversal(boolean universal) {
		this.universal = universal;
	}

	public Integer getMinAge() {
		return minAge;
	}

	public void setMinAge(Integer minAge) {
		this.minAge = minAge;
	}

	public Integer getMaxAge() {
		return maxAge;
	}

	public void setMaxAge(Integer maxAge) {
		this.maxAge = maxAge;
	}

	public boolean isFreeOfCharge() {
		return freeOfCharge;
	}

	public void setFreeOfCharge(boolean freeOfCharge) {
		this.freeOfCharge = freeOfCharge;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost == null ? "" : cost.strip();
	}

	public boolean isNoReferral() {
		return noReferral;
	}

	public void setNoReferral(boolean noReferral) {
		this.noReferral = noReferral;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages == null ? new ArrayList<>() : languages;
	}

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics == null ? new ArrayList<>() : topics;
	}

	public List<String> getMunicipalities() {
		return municipalities;
	}

	public void setMunicipalities(List<String> municipalities) {
		this.municipalities = municipalities == null ? new ArrayList<>() : municipalities;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone.strip();
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url == null ? "" : url.strip();
	}

	public List<HoursRow> getHours() {
		return hours;
	}

	public void setHours(List<HoursRow> hours) {
		this.hours = hours == null ? new ArrayList<>() : hours;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation == null ? "" : organisation.strip();
	}

	public List<ClosureRow> getClosures() {
		return closures;
	}

	public void setClosures(List<ClosureRow> closures) {
		this.closures = closures == null ? new ArrayList<>() : closures;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	/** A day on which the service is not given at a place. */
	public static class ClosureRow {

		private String place = "";

		@Pattern(regexp = "|[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "{edit.closures.day.invalid}")
		private String day = "";

		@Size(max = 200, message = "{validation.tooLongMax}")
		private String note = "";

		public ClosureRow() {
		}

		ClosureRow(String place, String day, String note) {
			this.place = place;
			this.day = day;
			this.note = note == null ? "" : note;
		}

		boolean isEmpty() {
			return place.isEmpty() && day.isEmpty() && note.isEmpty();
		}

		public String getPlace() {
			return place;
		}

		public void setPlace(String place) {
			this.place = place == null ? "" : place.strip();
		}

		public String getDay() {
			return day;
		}

		public void setDay(String day) {
			this.day = day == null ? "" : day.strip();
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note == null ? "" : note.strip();
		}
	}

	/** One weekly opening hour or session at a place; a row left empty is ignored. */
	public static class HoursRow {

		private String place = "";

		@Pattern(regexp = "|[1-7]", message = "{edit.hours.weekday.invalid}")
		private String weekday = "";

		@Pattern(regexp = "|([01][0-9]|2[0-3]):[0-5][0-9]", message = "{edit.hours.time.invalid}")
		private String opens = "";

		@Pattern(regexp = "|([01][0-9]|2[0-3]):[0-5][0-9]", message = "{edit.hours.time.invalid}")
		private String closes = "";

		public HoursRow() {
		}

		HoursRow(String place, String weekday, String opens, String closes) {
			this.place = place;
			this.weekday = weekday;
			this.opens = opens;
			this.closes = closes;
		}

		boolean isEmpty() {
			return place.isEmpty() && weekday.isEmpty() && opens.isEmpty() && closes.isEmpty();
		}

		/** A time as typed: 9:30 is 09:30, and seconds from a browser are left out. */
		private static String time(String typed) {
			String time = typed == null ? "" : typed.strip().replace('.', ':');
			if (time.matches("[0-9]:[0-9]{2}(:[0-9]{2})?")) {
				time = "0" + time;
			}
			return time.matches("[0-9]{2}:[0-9]{2}:[0-9]{2}") ? time.substring(0, 5) : time;
		}

		public String getPlace() {
			return place;
		}

		public void setPlace(String place) {
			this.place = place == null ? "" : place.strip();
		}

		public String getWeekday() {
			return weekday;
		}

		public void setWeekday(String weekday) {
			this.weekday = weekday == null ? "" : weekday.strip();
		}

		public String getOpens() {
			return opens;
		}

		public void setOpens(String opens) {
			this.opens = time(opens);
		}

		public String getCloses() {
			return closes;
		}

		public void setCloses(String closes) {
			this.closes = time(closes);
		}
	}
}
