package fi.yhdessa.frontdoor;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** Consecutive appointment slots a unit publishes. */
class SlotForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime start;

	@NotNull(message = "{validation.required}")
	@Min(value = 15, message = "{slots.minutes.range}")
	@Max(value = 240, message = "{slots.minutes.range}")
	private Integer minutes = 45;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{slots.count.range}")
	@Max(value = 16, message = "{slots.count.range}")
	private Integer count = 1;

	@NotNull(message = "{guidance.mode.required}")
	private BookingMode mode = BookingMode.IN_PERSON;

	@Size(max = 300, message = "{validation.tooLongMax}")
	private String place = "";

	public LocalDate getDay() {
		return day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public LocalTime getStart() {
		return start;
	}

	public void setStart(LocalTime start) {
		this.start = start;
	}

	public Integer getMinutes() {
		return minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

	public Integer getCount() {
		return count;
	}

	public void setCount(Integer count) {
		this.count = count;
	}

	public BookingMode getMode() {
		return mode;
	}

	public void setMode(BookingMode mode) {
		this.mode = mode;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place == null ? "" : place.strip();
	}
}
