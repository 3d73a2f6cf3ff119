package fi.yhdessa.frontdoor;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What a guidance worker gives when triaging, answering or routing a contact; each action checks what it needs. */
class GuidanceForm {

	private Contact.Urgency urgency;
	private Contact.Topic topic;

	@Size(max = 4000, message = "{validation.tooLongMax}")
	private String answer = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String serviceQuery = "";

	private UUID service;
	private UUID unit;
	private BookingMode mode;

	public Contact.Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(Contact.Urgency urgency) {
		this.urgency = urgency;
	}

	public Contact.Topic getTopic() {
		return topic;
	}

	public void setTopic(Contact.Topic topic) {
		this.topic = topic;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer == null ? "" : answer.strip();
	}

	public String getServiceQuery() {
		return serviceQuery;
	}

	public void setServiceQuery(String serviceQuery) {
		this.serviceQuery = serviceQuery == null ? "" : serviceQuery.strip();
	}

	public UUID getService() {
		return service;
	}

	public void setService(UUID service) {
		this.service = service;
	}

	public UUID getUnit() {
		return unit;
	}

	public void setUnit(UUID unit) {
		this.unit = unit;
	}

	public BookingMode getMode() {
		return mode;
	}

	public void setMode(BookingMode mode) {
		this.mode = mode;
	}
}
