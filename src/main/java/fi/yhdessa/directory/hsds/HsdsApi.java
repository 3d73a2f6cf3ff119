package fi.yhdessa.directory.hsds;

import fi.yhdessa.platform.PublicPaths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Open Referral HSDS 3.0 read API: open data of the directory for anyone. {@code lang=fi|sv|en}
 * chooses the language of texts; {@code search} uses the same engine as the public search.
 */
@RestController
@RequestMapping("/hsds")
class HsdsApi {

	private static final int MAX_PER_PAGE = 200;

	private final HsdsCatalogue catalogue;

	HsdsApi(HsdsCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Bean
	static PublicPaths hsdsIsOpenData() {
		return PublicPaths.of("/hsds", "/hsds/**");
	}

	@GetMapping({ "", "/" })
	Hsds.Root root() {
		return new Hsds.Root("3.0", "https://openreferral.org/specification/3.0",
				"https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
	}

	@GetMapping("/services")
	Hsds.Page<Hsds.Service> services(@RequestParam(required = false) String search, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage, @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
			@RequestParam(name = "organization_id", required = false) UUID organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter, @RequestParam(required = false) String postcode,
			@RequestParam(required = false) Double proximity, Locale locale) {
		if (proximity != null && (postcode == null || proximity <= 0)) {
			throw new IllegalArgumentException("proximity is a positive distance in kilometres and needs a postcode");
		}
		return catalogue.services(new HsdsCatalogue.ServiceQuery(search, taxonomyTermId, organizationId, instant(modifiedAfter), postcode, proximity,
				page(page), perPage(perPage)), locale);
	}

	@GetMapping("/services/{id}")
	Hsds.Service service(@PathVariable UUID id, Locale locale) {
		return catalogue.service(id, locale).orElseThrow(HsdsApi::notFound);
	}

	@GetMapping("/organizations")
	Hsds.Page<Hsds.Organization> organizations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage, Locale locale) {
		return catalogue.organizations(page(page), perPage(perPage), locale);
	}

	@GetMapping("/organizations/{id}")
	Hsds.Organization organization(@PathVariable UUID id, Locale locale) {
		return catalogue.organization(id, locale, true).orElseThrow(HsdsApi::notFound);
	}

	@GetMapping("/service_at_locations")
	Hsds.Page<Hsds.ServiceAtLocation> serviceAtLocations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage, Locale locale) {
		return catalogue.serviceAtLocations(page(page), perPage(perPage), locale);
	}

	@GetMapping("/service_at_locations/{id}")
	Hsds.ServiceAtLocation serviceAtLocation(@PathVariable UUID id, Locale locale) {
		return catalogue.serviceAtLocation(id, locale).orElseThrow(HsdsApi::notFound);
	}

	@GetMapping("/taxonomies")
	Hsds.Page<Hsds.Taxonomy> taxonomies(Locale locale) {
		List<Hsds.Taxonomy> taxonomies = catalogue.taxonomies(locale);
		return Hsds.Page.of(taxonomies, taxonomies.size(), 1, MAX_PER_PAGE);
	}

	@GetMapping("/taxonomies/{id}")
	Hsds.Taxonomy taxonomy(@PathVariable UUID id, Locale locale) {
		return catalogue.taxonomies(locale).stream().filter(t -> t.id().equals(id.toString())).findFirst().orElseThrow(HsdsApi::notFound);
	}

	@GetMapping("/taxonomy_terms")
	Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage, Locale locale) {
		return catalogue.taxonomyTerms(page(page), perPage(perPage), locale);
	}

	@GetMapping("/taxonomy_terms/{id}")
	Hsds.TaxonomyTerm taxonomyTerm(@PathVariable UUID id, Locale locale) {
		return catalogue.taxonomyTerm(id, locale).orElseThrow(HsdsApi::notFound);
	}

	private static int page(int page) {
		if (page < 1) {
			throw new IllegalArgumentException("page starts at 1");
		}
		return page;
	}

	private static int perPage(int perPage) {
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			throw new IllegalArgumentException("per_page is 1 to " + MAX_PER_PAGE);
		}
		return perPage;
	}

	/** {@code modified_after} as a date-time (2026-11-22T10:00:00Z) or a date (2026-11-22, midnight UTC). */
	private static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException notADateTime) {
			try {
				return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notADate) {
				throw new IllegalArgumentException("modified_after is a date-time such as 2026-11-22T10:00:00Z or a date such as 2026-11-22");
			}
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such record");
	}
}
