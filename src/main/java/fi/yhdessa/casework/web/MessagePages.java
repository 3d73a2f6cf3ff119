package fi.yhdessa.casework.web;

import fi.yhdessa.casework.NewAttachment;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.messages.Messages;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The workers' side of the secure messages: a thread of a case, answering it, starting one, and attachments. */
@Controller
@PreAuthorize("hasAnyRole('RESPONSIBLE_WORKER', 'CHILD_WELFARE_WORKER', 'GUIDANCE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'PARTNER_WORKER', 'SUPERVISOR')")
public class MessagePages {

	private final Messages messages;

	MessagePages(Messages messages) {
		this.messages = messages;
	}

	@GetMapping("/casework/threads/{id}")
	String thread(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("view", messages.thread(user, id));
		return "casework/thread";
	}

	@PostMapping("/casework/threads/{id}")
	String reply(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestParam(required = false) List<MultipartFile> attachments, Model model, HttpServletResponse response) throws IOException {
		try {
			messages.reply(user, id, body, NewAttachment.of(attachments));
			return "redirect:/casework/threads/" + id + "#reply";
		}
		catch (Problem problem) {
			response.setStatus(422);
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("typedBody", body);
			return thread(user, id, model);
		}
	}

	@PostMapping("/casework/cases/{id}/threads")
	String start(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, @RequestParam(required = false) List<MultipartFile> attachments,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) throws IOException {
		try {
			return "redirect:/casework/threads/" + messages.start(user, id, subject, body, NewAttachment.of(attachments));
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("messageProblem", problem.messageKey());
			redirect.addFlashAttribute("typedSubject", subject);
			redirect.addFlashAttribute("typedBody", body);
			return "redirect:/casework/cases/" + id + "?open=messages#new-thread";
		}
	}

	@GetMapping("/casework/attachments/{id}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return messages.attachment(user, id).asDownload();
	}
}
