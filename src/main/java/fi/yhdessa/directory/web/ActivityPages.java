package fi.yhdessa.directory.web;

import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.SearchRequest;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.PublicPaths;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** This week's activities near you, and the iCalendar feeds of activities and places. */
@Controller
class ActivityPages {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Directory directory;
	private final Network network;

	ActivityPages(Directory directory, Network network) {
		this.directory = directory;
		this.network = network;
	}

	@Bean
	static PublicPaths activitiesArePublic() {
		return PublicPaths.of("/activities", "/activities/*", "/places/*");
	}

	@GetMapping("/activities")
	String thisWeek(@RequestParam(required = false) String municipality, @RequestParam(required = false) String near, Locale locale,
			Model model) {
		List<Choice> municipalities = Choice.municipalities(network, locale);
		String chosen = municipalities.stream().anyMatch(m -> m.value().equals(municipality)) ? municipality : null;
		boolean validNear = near != null && near.strip().matches("[0-9]{5}");
		model.addAttribute("days", directory.activitiesThisWeek(chosen, validNear ? SearchRequest.Near.postcode(near.strip()) : null));
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("municipality", chosen);
		model.addAttribute("near", near == null ? "" : near.strip());
		model.addAttribute("nearInvalid", near != null && !near.isBlank() && !validNear);
		return "directory/activities";
	}

	@GetMapping("/activities/{id}.ics")
	ResponseEntity<String> activityFeed(@PathVariable String id, Locale locale) {
		return calendar(directory.activityFeed(Ids.parseOrNotFound(id), locale, baseUrl()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				"activity-" + id);
	}

	@GetMapping("/places/{id}.ics")
	ResponseEntity<String> placeFeed(@PathVariable String id, Locale locale) {
		return calendar(directory.placeFeed(Ids.parseOrNotFound(id), locale, baseUrl()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				"place-" + id);
	}

	private static ResponseEntity<String> calendar(String body, String name) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
			.body(body);
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
