package fi.yhdessa.platform;

import io.swagger.v3.oas.annotations.Operation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's backups: the list with each one's verification, and a backup made now (page and API). */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class BackupPages {

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d.M.uuuu HH:mm").withZone(ZoneId.of("Europe/Helsinki"));

	/** As the README says it: a command, not a text to translate. */
	static final String RESTORE_COMMAND = "./mvnw spring-boot:run -Dspring-boot.run.arguments=--yhdessa.backup.restore=latest";

	private final Backups backups;

	BackupPages(Backups backups) {
		this.backups = backups;
	}

	@GetMapping("/admin/backups")
	String page(Model model) {
		boolean available = backups.available();
		model.addAttribute("available", available);
		model.addAttribute("restoreCommand", RESTORE_COMMAND);
		backups.running().ifPresent(running -> {
			model.addAttribute("running", running);
			model.addAttribute("runningSince", SINCE.format(running.since()));
		});
		model.addAttribute("backups", available ? backups.list() : List.of());
		return "platform/backups";
	}

	@PostMapping("/admin/backups")
	String backUpNow(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", backups.startBackUp(user.getUsername()) ? "backups.started" : "backups.notStarted");
		return "redirect:/admin/backups";
	}

	/** What the API tells of the backups. */
	record Standing(boolean available, Backups.Running running, List<BackupCatalogue.Backup> backups) {
	}

	@GetMapping("/api/v1/backups")
	@ResponseBody
	@Operation(summary = "The backups of the embedded database, the newest first, with each one's verification, and the one being made")
	Standing list() {
		boolean available = backups.available();
		return new Standing(available, backups.running().orElse(null), available ? backups.list() : List.of());
	}

	@PostMapping("/api/v1/backups")
	@ResponseBody
	@Operation(summary = "Start a backup now; it is verified when made. 202 when started, 409 when one is being made or backups are not made here")
	ResponseEntity<Standing> backUpNow(@AuthenticationPrincipal SignedInUser user) {
		boolean started = backups.startBackUp(user.getUsername());
		return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(list());
	}
}
