package fi.yhdessa.directory.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The Open Referral HSDS 3.0 objects the directory serves at {@code /hsds}: field names in
 * snake_case and empty fields left out, as the HSDS schemas expect.
 */
final class Hsds {

	private Hsds() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Page<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage, boolean empty, List<T> contents) {

		static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
			int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
			return new Page<>(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Service(String id, String organizationId, String name, String description, String url, String email, String status, String feesDescription,
			Integer minimumAge, Integer maximumAge, String lastModified, String eligibilityDescription, List<Phone> phones, List<Schedule> schedules,
			List<ServiceAtLocation> serviceAtLocations, List<Language> languages, Organization organization, List<Attribute> attributes) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Phone(String id, String serviceId, String number, String type, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Schedule(String id, String serviceAtLocationId, String validFrom, String validTo, String freq, String byday, String opensAt, String closesAt,
			String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record ServiceAtLocation(String id, String serviceId, String locationId, Location location, List<Schedule> schedules, Service service) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Location(String id, String locationType, String organizationId, String name, Double latitude, Double longitude, List<Address> addresses,
			List<Accessibility> accessibility) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Accessibility(String id, String locationId, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Address(String id, String locationId, @JsonProperty("address_1") String address1, String city, String region, String stateProvince, String postalCode, String country,
			String addressType) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Language(String id, String serviceId, String name, String code) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Organization(String id, String name, String description, String website, String taxId, String parentOrganizationId, List<Location> locations,
			List<Service> services) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Attribute(String id, String linkId, String taxonomyTermId, String linkType, String linkEntity, TaxonomyTerm taxonomyTerm) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TaxonomyTerm(String id, String code, String name, String description, String taxonomyId, String language) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Taxonomy(String id, String name, String description, String uri, String version) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Root(String version, String profile, String openapiUrl) {
	}
}
