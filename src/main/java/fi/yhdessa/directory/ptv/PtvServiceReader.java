package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.ptv.PtvRecords.Service;
import fi.yhdessa.platform.LocalizedText;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads one service of PTV ({@code V11VmOpenApiService}). */
final class PtvServiceReader {

	private PtvServiceReader() {
	}

	static Service service(JsonNode node) {
		UUID id = PtvFields.id(node, "id");
		LocalizedText summary = PtvFields.localized(node, "serviceDescriptions", "Summary");
		LocalizedText description = PtvFields.localized(node, "serviceDescriptions", "Description");
		List<UUID> channels = new ArrayList<>();
		for (JsonNode link : PtvFields.array(node, "serviceChannels")) {
			PtvFormat.object(link, "serviceChannels[]");
			channels.add(PtvFields.id(PtvFormat.object(link.path("serviceChannel"), "serviceChannels[].serviceChannel"), "id"));
		}
		String area = PtvFields.text(node, "areaType");
		return new Service(id, modified(node), PtvFields.text(node, "publishingStatus"), PtvFields.localized(node, "serviceNames", "Name"),
				joined(summary, description), PtvFields.localized(node, "serviceDescriptions", "ChargeTypeAdditionalInfo"), free(node),
				languages(node), organisation(node), municipalities(node), area != null && area.startsWith("Nationwide"), PtvFormat.terms(node),
				List.copyOf(new LinkedHashSet<>(channels)), PtvFormat.canonical(node));
	}

	static Instant modified(JsonNode node) {
		String text = PtvFields.text(node, "modified");
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException e) {
				throw new PtvRefused("ptv.error.format", "modified");
			}
		}
	}

	private static Boolean free(JsonNode node) {
		String type = PtvFields.text(node, "serviceChargeType");
		if (type == null) {
			return null;
		}
		return switch (type) {
			case "FreeOfCharge", "Free" -> true;
			case "Chargeable", "Charged" -> false;
			default -> null;
		};
	}

	private static List<String> languages(JsonNode node) {
		List<String> languages = new ArrayList<>();
		for (JsonNode language : PtvFields.array(node, "languages")) {
			if (!language.isString()) {
				throw new PtvRefused("ptv.error.format", "languages[]");
			}
			String code = language.asString().strip().toLowerCase(java.util.Locale.ROOT);
			if (code.matches("[a-z]{2,3}") && !languages.contains(code)) {
				languages.add(code);
			}
		}
		return languages;
	}

	/** The organisation mainly responsible: {@code mainOrganization}, else the first with role Responsible. */
	private static UUID organisation(JsonNode node) {
		JsonNode main = node.path("mainOrganization");
		if (main.isObject() && PtvFields.optionalId(main, "id") != null) {
			return PtvFields.optionalId(main, "id");
		}
		UUID first = null;
		for (JsonNode role : PtvFields.array(node, "organizations")) {
			PtvFormat.object(role, "organizations[]");
			JsonNode organisation = role.path("organization");
			UUID id = organisation.isObject() ? PtvFields.optionalId(organisation, "id") : null;
			if (id != null && "Responsible".equals(PtvFields.text(role, "roleType"))) {
				return id;
			}
			first = first == null ? id : first;
		}
		return first;
	}

	/** The municipality codes of the service's areas: a municipality, or the municipalities of a region or county. */
	private static List<String> municipalities(JsonNode node) {
		Set<String> codes = new LinkedHashSet<>();
		for (JsonNode area : PtvFields.array(node, "areas")) {
			PtvFormat.object(area, "areas[]");
			if ("Municipality".equals(PtvFields.text(area, "type"))) {
				addCode(codes, PtvFields.text(area, "code"));
			}
			for (JsonNode municipality : PtvFields.array(area, "municipalities")) {
				addCode(codes, PtvFields.text(PtvFormat.object(municipality, "areas[].municipalities[]"), "code"));
			}
		}
		for (JsonNode municipality : PtvFields.array(node, "municipalities")) {
			addCode(codes, PtvFields.text(PtvFormat.object(municipality, "municipalities[]"), "code"));
		}
		return List.copyOf(codes);
	}

	static void addCode(Set<String> codes, String code) {
		if (code != null && code.matches("\\d{1,3}")) {
			codes.add("%03d".formatted(Integer.parseInt(code)));
		}
	}

	private static LocalizedText joined(LocalizedText summary, LocalizedText description) {
		if (summary == null || description == null) {
			return description != null ? description : summary;
		}
		return LocalizedText.ofNullable(join(summary.fi(), description.fi()), join(summary.sv(), description.sv()), join(summary.en(), description.en()));
	}

	private static String join(String summary, String description) {
		if (summary == null || description == null || description.startsWith(summary)) {
			return description != null ? description : summary;
		}
		return summary + "\n\n" + description;
	}
}
