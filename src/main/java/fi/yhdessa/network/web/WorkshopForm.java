package fi.yhdessa.network.web;

import fi.yhdessa.network.workshops.Workshop;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A workshop as the coordinator plans it: date and times in Finnish time, seats as typed. */
public class WorkshopForm {

	static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private String title;
	private String topic;
	private String municipality;
	private UUID agreement;
	private List<UUID> services = new ArrayList<>();
	private String date;
	private String startTime = "17:00";
	private String endTime = "19:00";
	private String place;
	private String remoteLink;
	private String seats = "20";
	private String accessibility;
	private String interpretation;

	Workshop workshop(Errors errors) {
		if (title == null || title.isBlank()) {
			errors.rejectValue("title", "workshop.error.title");
		}
		if (topic == null || topic.isBlank()) {
			errors.rejectValue("topic", "workshop.error.topic");
		}
		LocalDate day = Dates.parse("date", date, true, errors);
		LocalTime start = time("startTime", startTime, errors);
		LocalTime end = time("endTime", endTime, errors);
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endTime", "workshop.error.time");
		}
		if ((place == null || place.isBlank()) && (remoteLink == null || remoteLink.isBlank())) {
			errors.rejectValue("place", "workshop.error.where");
		}
		if (remoteLink != null && !remoteLink.isBlank() && !remoteLink.strip().startsWith("https://")) {
			errors.rejectValue("remoteLink", "workshop.error.link");
		}
		int seatCount = 0;
		try {
			seatCount = Integer.parseInt(seats == null ? "" : seats.strip());
		}
		catch (NumberFormatException e) {
			// below
		}
		if (seatCount < 1 || seatCount > 1000) {
			errors.rejectValue("seats", "workshop.error.seats");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Workshop(null, title.strip(), topic.strip(), municipality == null || municipality.isBlank() ? null : municipality, agreement, services,
				day.atTime(start).atZone(FINLAND).toInstant(), day.atTime(end).atZone(FINLAND).toInstant(), place,
				remoteLink == null ? null : remoteLink.strip(), seatCount, accessibility, interpretation, false);
	}

	private static LocalTime time(String field, String typed, Errors errors) {
		try {
			return LocalTime.parse(typed == null ? "" : typed.strip().replace('.', ':'));
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "workshop.error.clock");
			return null;
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public UUID getAgreement() {
		return agreement;
	}

	public void setAgreement(UUID agreement) {
		this.agreement = agreement;
	}

	public List<UUID> getServices() {
		return services;
	}

	public void setServices(List<UUID> services) {
		this.services = services == null ? new ArrayList<>() : services;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getRemoteLink() {
		return remoteLink;
	}

	public void setRemoteLink(String remoteLink) {
		this.remoteLink = remoteLink;
	}

	public String getSeats() {
		return seats;
	}

	public void setSeats(String seats) {
		this.seats = seats;
	}

	public String getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(String accessibility) {
		this.accessibility = accessibility;
	}

	public String getInterpretation() {
		return interpretation;
	}

	public void setInterpretation(String interpretation) {
		this.interpretation = interpretation;
	}
}
