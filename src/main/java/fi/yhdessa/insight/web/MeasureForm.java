package fi.yhdessa.insight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A measure of a priority: what, who answers for it, by when, and the agreements and services it concerns. */
public class MeasureForm {

	private String description;
	private String responsible;
	private String dueOn;
	private List<UUID> agreements = new ArrayList<>();
	private String services;

	record Valid(String description, String responsible, LocalDate dueOn, List<UUID> agreements, String services) {
	}

	Valid valid(Set<UUID> knownAgreements, LocalDate today, Errors errors) {
		String what = PlanForms.text("description", description, true, 500, errors);
		String who = PlanForms.text("responsible", responsible, true, 200, errors);
		LocalDate due = PlanForms.date("dueOn", dueOn, errors);
		if (due != null && due.isBefore(today.minusYears(1))) {
			errors.rejectValue("dueOn", "welfarePlan.error.duePast");
		}
		if (agreements.stream().anyMatch(a -> a == null || !knownAgreements.contains(a))) {
			errors.rejectValue("agreements", "welfarePlan.error.agreement");
		}
		String concerned = PlanForms.text("services", services, false, 500, errors);
		return errors.hasErrors() ? null : new Valid(what, who, due, List.copyOf(agreements), concerned);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getResponsible() {
		return responsible;
	}

	public void setResponsible(String responsible) {
		this.responsible = responsible;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

	public List<UUID> getAgreements() {
		return agreements;
	}

	public void setAgreements(List<UUID> agreements) {
		this.agreements = agreements == null ? new ArrayList<>() : agreements;
	}

	public String getServices() {
		return services;
	}

	public void setServices(String services) {
		this.services = services;
	}
}
