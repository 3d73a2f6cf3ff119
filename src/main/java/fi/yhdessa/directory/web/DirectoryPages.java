package fi.yhdessa.directory.web;

import fi.yhdessa.directory.AgeGroup;
import fi.yhdessa.directory.ChannelKind;
import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.SearchResults;
import fi.yhdessa.directory.ServiceDetails;
import fi.yhdessa.directory.ServiceKind;
import fi.yhdessa.directory.search.SearchCounting;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.CompiledPages;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PublicPaths;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public search and service pages; a search is a plain GET, so its URL can be shared and it works without JavaScript. */
@Controller
class DirectoryPages {

	/** The guidance line shown when a search finds nothing. */
	private static final String GUIDANCE_PHONE = "040 000 1000";

	private final Directory directory;
	private final Network network;
	private final MessageSource messages;
	private final SearchCounting counting;
	private final CompiledPages pages;

	DirectoryPages(Directory directory, Network network, MessageSource messages, SearchCounting counting, CompiledPages pages) {
		this.counting = counting;
		this.pages = pages;
		this.directory = directory;
		this.network = network;
		this.messages = messages;
	}

	@Bean
	static NavigationItem searchLink() {
		return NavigationItem.forEveryone("nav.search", "/search", 10);
	}

	@Bean
	static NavigationItem activitiesLink() {
		return NavigationItem.forEveryone("nav.activities", "/activities", 20);
	}

	@Bean
	static PublicPaths directoryIsPublic() {
		return PublicPaths.of("/search", "/services/*");
	}

	@GetMapping("/search")
	String search(@ModelAttribute("search") SearchForm form, HtmxRequest htmx, Locale locale, HttpServletRequest request, Model model) {
		SearchResults results = directory.searchByActivity(form.toRequest(htmx.isHtmxRequest()));
		if (results.page() == 1) {
			counting.searched(form.getQ(), results.total());
		}
		List<Choice> municipalities = Choice.municipalities(network, locale);
		List<Choice> topics = directory.topics().stream().map(topic -> new Choice(topic.code(), topic.name().in(locale))).toList();
		List<Choice> channels = choices(ChannelKind.values(), ChannelKind::messageKey, locale);
		model.addAttribute("resultsHtml", pages.render("directory/search-results.jte", resultsPage(form, results, topics, municipalities, channels), request));
		if (htmx.isHtmxRequest()) {
			return "directory/search-results";
		}
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("topics", topics);
		model.addAttribute("ageGroups", choices(AgeGroup.values(), AgeGroup::messageKey, locale));
		model.addAttribute("channels", channels);
		model.addAttribute("kinds", choices(ServiceKind.values(), ServiceKind::messageKey, locale));
		model.addAttribute("languageChoices", Stream.of("fi", "sv", "en")
			.map(code -> new Choice(code, messages.getMessage("search.language." + code, null, locale)))
			.toList());
		return "directory/search";
	}

	/** The results as the page shows them, with the facets' values named and links that change the search's address. */
	private static SearchResultsPage resultsPage(SearchForm form, SearchResults results, List<Choice> topics, List<Choice> municipalities,
			List<Choice> channels) {
		String current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang").build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
		return new SearchResultsPage(results, form.getQ(), !form.getQ().isEmpty() || form.hasFilters(), current,
				List.of(new SearchResultsPage.Facet("topic", "search.topic", Choice.labels(topics)),
						new SearchResultsPage.Facet("municipality", "search.municipality", Choice.labels(municipalities)),
						new SearchResultsPage.Facet("channel", "search.channel", Choice.labels(channels))),
				GUIDANCE_PHONE);
	}

	private <E extends Enum<E>> List<Choice> choices(E[] values, Function<E, String> messageKey, Locale locale) {
		return Arrays.stream(values).map(value -> new Choice(value.name(), messages.getMessage(messageKey.apply(value), null, locale))).toList();
	}

	/** A service's page; {@code q}, the words of the search it was opened from, counts as a click on a result. */
	@GetMapping("/services/{id}")
	String service(@PathVariable String id, @RequestParam(required = false) String q, Model model) {
		ServiceDetails service = directory.service(Ids.parseOrNotFound(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		counting.clicked(q);
		model.addAttribute("service", service);
		model.addAttribute("municipalityNames", network.municipalities());
		return "directory/service";
	}
}
