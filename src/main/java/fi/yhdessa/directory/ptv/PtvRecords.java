package fi.yhdessa.directory.ptv;

import fi.yhdessa.platform.LocalizedText;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** What the directory takes from PTV's open API (version 11), read by {@link PtvFormat}. */
final class PtvRecords {

	private PtvRecords() {
	}

	/** One page of a list of ids: {@code V3VmOpenApiGuidPage}. */
	record IdPage(List<UUID> ids, int pageNumber, int pageCount) {
	}

	/** A term of a Finto vocabulary: a service class, ontology term or target group, with its names. */
	record Term(String uri, String code, LocalizedText name) {
	}

	/**
	 * A service ({@code V11VmOpenApiService}). Texts are null in a language PTV does not give; {@code free} is null
	 * when PTV does not say whether it is.
	 */
	record Service(UUID id, Instant modified, String publishingStatus, LocalizedText name, LocalizedText description, LocalizedText cost,
			Boolean free, List<String> languages, UUID organisationId, List<String> municipalities, boolean nationwide, List<Term> terms,
			List<UUID> channelIds, String source) {
	}

	/** A service channel of any type ({@code V11VmOpenApi…Channel}). */
	record Channel(UUID id, String type, LocalizedText name, List<Address> addresses, List<String> phones, List<String> webPages,
			List<String> emails, List<Hours> hours, String source) {
	}

	/** A visiting address; coordinates as PTV gives them (ETRS-TM35FIN, or degrees). */
	record Address(String street, String postcode, String postOffice, String municipalityCode, String country, Double latitude, Double longitude) {
	}

	/** Regular opening hours on some weekdays, valid from and until (null: open-ended). */
	record Hours(List<DayOfWeek> days, LocalTime opens, LocalTime closes, LocalDate validFrom, LocalDate validTo) {
	}

	/** An organisation ({@code V10VmOpenApiOrganization}). */
	record Organisation(UUID id, LocalizedText name, String website) {
	}
}
