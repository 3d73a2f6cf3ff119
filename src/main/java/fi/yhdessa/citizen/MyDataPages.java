package fi.yhdessa.citizen;

import fi.yhdessa.casework.Message;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.ThreadView;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.frontdoor.FrontDoor;
import fi.yhdessa.platform.SignedInUser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** "My data": the resident downloads the family's data as JSON (to take elsewhere) or as PDF (to read). */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class MyDataPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final MyData data;
	private final MessageSource messages;

	MyDataPages(MyData data, MessageSource messages) {
		this.data = data;
		this.messages = messages;
	}

	@GetMapping("/my/data")
	String page() {
		return "citizen/my-data";
	}

	@GetMapping("/my/data.json")
	ResponseEntity<byte[]> json(@AuthenticationPrincipal SignedInUser user) {
		MyData.Export export = data.of(user);
		return download(JSON.writeValueAsBytes(export), MediaType.APPLICATION_JSON, "json", export);
	}

	@GetMapping("/my/data.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, Locale locale) {
		MyData.Export export = data.of(user);
		PdfWriter pdf = new PdfWriter(text("myData.title", locale), locale.getLanguage());
		pdf.paragraph(text("myData.pdf.made", locale, export.account().name(), export.madeAt().atZone(AccessReport.FINLAND).format(WHEN)));
		for (MyData.FamilyData family : export.families()) {
			pdf.heading(text("portal.family", locale, family.family().name()));
			family.family().members().forEach(m -> pdf.paragraph(m.firstNames() + " " + m.lastName() + ", " + m.birthDate().format(DAY)));
			for (MyData.CaseData clientCase : family.cases()) {
				pdf.heading(text("portal.case", locale, clientCase.summary().clientCase().reference(), ""));
				if (clientCase.summary().responsibleName() != null) {
					pdf.paragraph(text("portal.responsible", locale) + ": " + clientCase.summary().responsibleName());
				}
				if (clientCase.plan() != null) {
					clientCase.plan().versions().stream().findFirst().ifPresent(plan -> plan(pdf, plan, locale));
				}
				for (ThreadView thread : clientCase.messages()) {
					pdf.heading(thread.thread().subject());
					for (Message message : thread.messages()) {
						pdf.small(message.sentAt().atZone(AccessReport.FINLAND).format(WHEN) + " · " + message.authorName());
						pdf.paragraph(message.body());
					}
				}
			}
			for (Consent consent : family.consents()) {
				pdf.small(text("myData.pdf.consent", locale, text("consent.decision." + consent.decision(), locale), consent.validFrom().format(DAY)));
			}
		}
		if (!export.contacts().isEmpty()) {
			pdf.heading(text("portal.contacts", locale));
			for (FrontDoor.ResidentContact contact : export.contacts()) {
				pdf.paragraph(contact.reference() + " · " + text(contact.topicKey(), locale) + " · " + contact.receivedAt().atZone(AccessReport.FINLAND).format(WHEN));
			}
		}
		if (!export.appointments().isEmpty()) {
			pdf.heading(text("portal.appointments", locale));
			for (FrontDoor.ResidentAppointment appointment : export.appointments()) {
				pdf.paragraph(appointment.startsAt().atZone(AccessReport.FINLAND).format(WHEN) + " · " + text(appointment.modeKey(), locale));
			}
		}
		return download(pdf.bytes(), MediaType.APPLICATION_PDF, "pdf", export);
	}

	private void plan(PdfWriter pdf, PlanVersion plan, Locale locale) {
		pdf.paragraph(text("plan.heading", locale) + " · " + text("plan.version", locale, plan.version(), plan.writtenAt().atZone(AccessReport.FINLAND).format(DAY)));
		pdf.paragraph(text("plan.goals", locale) + ": " + String.join("; ", plan.goals()));
		if (!plan.commitments().isEmpty()) {
			pdf.paragraph(text("plan.commitments", locale) + ": " + String.join("; ", plan.commitments()));
		}
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String extension, MyData.Export export) {
		LocalDate day = export.madeAt().atZone(AccessReport.FINLAND).toLocalDate();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("yhdessa-my-data-" + day + "." + extension).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
