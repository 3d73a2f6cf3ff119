package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.kinds.KindWords;
import fi.yhdessa.directory.ptv.PtvRecords.Channel;
import fi.yhdessa.directory.ptv.PtvRecords.IdPage;
import fi.yhdessa.directory.ptv.PtvRecords.Organisation;
import fi.yhdessa.directory.ptv.PtvRecords.Service;
import fi.yhdessa.directory.ptv.PtvRecords.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads documents of PTV's open API, version 11: pages of ids, lists of services, of channels and of organisations.
 * A document that is not of that format is {@link PtvRefused} with what was wrong and where; fields the directory
 * does not use are not looked at, so PTV may add fields freely.
 */
final class PtvFormat {

	/** Far above a page of PTV (a hundred services with all their texts is well under 5 MB). */
	static final int MAX_BYTES = 64 * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PtvFormat() {
	}

	static IdPage idPage(byte[] document) {
		JsonNode page = object(read(document), "page");
		List<UUID> ids = new ArrayList<>();
		for (JsonNode item : PtvFields.array(page, "itemList")) {
			ids.add(PtvFields.id(object(item, "itemList[]"), "id"));
		}
		int pageNumber = PtvFields.integer(page, "pageNumber", 1);
		int pageCount = PtvFields.integer(page, "pageCount", 0);
		if (pageNumber < 0 || pageCount < 0 || pageCount > 100_000) {
			throw new PtvRefused("ptv.error.format", "pageCount " + pageCount);
		}
		return new IdPage(ids, pageNumber, pageCount);
	}

	static List<Service> services(byte[] document) {
		return list(document, "services", PtvServiceReader::service);
	}

	static List<Channel> channels(byte[] document) {
		return list(document, "channels", PtvChannelReader::channel);
	}

	static List<Organisation> organisations(byte[] document) {
		return list(document, "organisations", node -> new Organisation(PtvFields.id(node, "id"),
				PtvFields.localized(node, "organizationNames", "Name"), PtvFields.firstUrl(node, "webPages")));
	}

	/** The terms of a service: its service classes, ontology terms, target groups and life events. */
	static List<Term> terms(JsonNode service) {
		List<Term> terms = new ArrayList<>();
		for (String field : List.of("serviceClasses", "ontologyTerms", "targetGroups", "lifeEvents")) {
			for (JsonNode term : PtvFields.array(service, field)) {
				object(term, field + "[]");
				terms.add(new Term(PtvFields.text(term, "uri"), PtvFields.text(term, "code"), PtvFields.localized(term, "name", null)));
			}
		}
		return terms;
	}

	/** The directory's kinds of service the terms give: by URI, and by the words of their names. */
	static Set<String> kinds(KindWords words, List<Term> terms) {
		Set<String> kinds = new LinkedHashSet<>(words.ofUris(terms.stream().map(Term::uri).toList()));
		kinds.addAll(words.ofNames(terms.stream().map(Term::name).toList()));
		return kinds;
	}

	/** The kinds of a service: those of its terms, else those its name speaks of. */
	static Set<String> kinds(KindWords words, Service service) {
		Set<String> kinds = kinds(words, service.terms());
		return kinds.isEmpty() && service.name() != null ? words.ofNames(List.of(service.name())) : kinds;
	}

	private static <T> List<T> list(byte[] document, String what, Function<JsonNode, T> reader) {
		JsonNode root = read(document);
		if (!root.isArray()) {
			throw new PtvRefused("ptv.error.notList", what);
		}
		List<T> items = new ArrayList<>();
		for (JsonNode node : root) {
			items.add(reader.apply(object(node, what + "[]")));
		}
		return items;
	}

	static JsonNode object(JsonNode node, String where) {
		if (node == null || !node.isObject()) {
			throw new PtvRefused("ptv.error.format", where);
		}
		return node;
	}

	private static JsonNode read(byte[] document) {
		if (document.length > MAX_BYTES) {
			throw new PtvRefused("ptv.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		try {
			JsonNode root = JSON.readTree(document);
			if (root == null || root.isMissingNode()) {
				throw new PtvRefused("ptv.error.empty");
			}
			return root;
		}
		catch (JacksonException e) {
			throw new PtvRefused("ptv.error.json", e.getOriginalMessage());
		}
	}

	/** The node as a canonical string: what a fingerprint is made of. */
	static String canonical(JsonNode node) {
		return node.toString();
	}
}
