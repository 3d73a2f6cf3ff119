package fi.yhdessa.casework.web;

import fi.yhdessa.casework.LifeArea;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** What an assessment found, recorded as it goes: its start, who took part, the family's and the child's views, findings by life area, the conclusion. */
public class FindingsForm {

	static final Map<String, String> LABELS = Map.of("startedOn", "assessment.started", "participants", "assessment.participants.lines", "familyView",
			"assessment.familyView", "childView", "assessment.childView", "conclusion", "assessment.conclusion", "servicesNeeded", "assessment.services.lines",
			"completedOn", "assessment.complete");

	private UUID assessment;

	private String startedOn = "";

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String participants = "";

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String familyView = "";

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String childView = "";

	private Map<LifeArea, @Size(max = CaseForms.LONG, message = "{validation.tooLongMax}") String> findings = new EnumMap<>(LifeArea.class);

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String conclusion = "";

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String servicesNeeded = "";

	private boolean childWelfareInvestigation;

	private String completedOn = "";

	public UUID getAssessment() {
		return assessment;
	}

	public void setAssessment(UUID assessment) {
		this.assessment = assessment;
	}

	public String getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(String startedOn) {
		this.startedOn = CaseForms.typed(startedOn);
	}

	public String getParticipants() {
		return participants;
	}

	public void setParticipants(String participants) {
		this.participants = CaseForms.typed(participants);
	}

	public String getFamilyView() {
		return familyView;
	}

	public void setFamilyView(String familyView) {
		this.familyView = CaseForms.typed(familyView);
	}

	public String getChildView() {
		return childView;
	}

	public void setChildView(String childView) {
		this.childView = CaseForms.typed(childView);
	}

	public Map<LifeArea, String> getFindings() {
		return findings;
	}

	public void setFindings(Map<LifeArea, String> findings) {
		this.findings = findings == null ? new EnumMap<>(LifeArea.class) : findings;
	}

	public String getConclusion() {
		return conclusion;
	}

	public void setConclusion(String conclusion) {
		this.conclusion = CaseForms.typed(conclusion);
	}

	public String getServicesNeeded() {
		return servicesNeeded;
	}

	public void setServicesNeeded(String servicesNeeded) {
		this.servicesNeeded = CaseForms.typed(servicesNeeded);
	}

	public boolean isChildWelfareInvestigation() {
		return childWelfareInvestigation;
	}

	public void setChildWelfareInvestigation(boolean childWelfareInvestigation) {
		this.childWelfareInvestigation = childWelfareInvestigation;
	}

	public String getCompletedOn() {
		return completedOn;
	}

	public void setCompletedOn(String completedOn) {
		this.completedOn = CaseForms.typed(completedOn);
	}
}
