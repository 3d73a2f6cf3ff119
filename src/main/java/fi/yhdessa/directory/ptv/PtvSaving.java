package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.history.ChangeHistory;
import fi.yhdessa.directory.kinds.KindWords;
import fi.yhdessa.directory.ptv.PtvFetch.Fetched;
import fi.yhdessa.directory.ptv.PtvImportReport.Change;
import fi.yhdessa.directory.ptv.PtvImportReport.Rejection;
import fi.yhdessa.directory.ptv.PtvRecords.Channel;
import fi.yhdessa.directory.ptv.PtvRecords.Organisation;
import fi.yhdessa.directory.ptv.PtvRecords.Service;
import fi.yhdessa.directory.search.SearchChanges;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what was read from PTV, inside the import's transaction: the organisations through the network, each
 * service whose fingerprint changed (each in a savepoint, so a service the database refuses is reported and the
 * others are saved), and the archiving of services PTV no longer publishes for these municipalities — archived,
 * never deleted. Imports never run at the same time: the second waits for the first.
 */
final class PtvSaving {

	private static final KindWords KINDS = KindWords.load();

	private final JdbcClient jdbc;
	private final Network network;
	private final SearchChanges changes;
	private final ChangeHistory history;
	private final MessageSource messages;
	private final TransactionTemplate savepoint;

	PtvSaving(JdbcClient jdbc, Network network, SearchChanges changes, ChangeHistory history, MessageSource messages, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.network = network;
		this.changes = changes;
		this.history = history;
		this.messages = messages;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	PtvImportReport save(Fetched fetched, List<String> municipalities, Instant since, String by, Locale locale) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('directory.ptv-import'))").query(Object.class).list();
		for (Organisation organisation : fetched.organisations().values()) {
			if (organisation.name() != null) {
				network.importOrganisation(new OrganisationId(organisation.id()), organisation.name(), organisation.website());
			}
		}
		PtvWriter writer = new PtvWriter(jdbc, history, by);
		List<Change> changed = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		List<UUID> saved = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Service service : fetched.services().values()) {
			String name = service.name() == null ? null : service.name().in(locale);
			String reason = reason(service, fetched.organisations(), locale);
			if (reason != null) {
				rejections.add(new Rejection(service.id(), name, reason));
				continue;
			}
			List<Channel> channels = service.channelIds().stream().map(fetched.channels()::get).filter(Objects::nonNull).toList();
			Set<String> topics = PtvFormat.kinds(KINDS, service);
			String fingerprint = fingerprint(service, channels, topics);
			if (fingerprint.equals(held(service.id()))) {
				unchanged++;
				continue;
			}
			List<String> codes = codes(service, fetched.foundIn().get(service.id()));
			try {
				boolean isNew = Boolean.TRUE.equals(savepoint.execute(status -> writer.save(service, channels, codes, topics, fingerprint)));
				created += isNew ? 1 : 0;
				updated += isNew ? 0 : 1;
				saved.add(service.id());
				changed.add(new Change(service.id(), name, isNew ? "CREATED" : "UPDATED"));
			}
			catch (DataAccessException e) {
				rejections.add(new Rejection(service.id(), name, messages.getMessage("ptv.reject.saved", new Object[] { root(e) }, locale)));
			}
		}
		List<Change> archived = archive(fetched, municipalities, since, by, locale);
		changed.addAll(archived);
		archived.forEach(change -> saved.add(change.id()));
		changes.servicesChanged(saved);
		int organisations = (int) fetched.services().values().stream().map(Service::organisationId).filter(Objects::nonNull).distinct().count();
		String message = messages.getMessage("ptv.done", new Object[] { created, updated, unchanged, archived.size(), rejections.size() }, locale);
		return new PtvImportReport("DONE", message, municipalities, since == null, since, created, updated, unchanged, archived.size(), organisations,
				changed.stream().limit(PtvImportReport.LISTED).toList(), rejections);
	}

	private String reason(Service service, Map<UUID, Organisation> organisations, Locale locale) {
		if (service.name() == null) {
			return messages.getMessage("ptv.reject.noName", null, locale);
		}
		if (service.organisationId() == null) {
			return messages.getMessage("ptv.reject.noOrganisation", null, locale);
		}
		boolean known = organisations.containsKey(service.organisationId()) && organisations.get(service.organisationId()).name() != null
				|| network.organisation(new OrganisationId(service.organisationId())).isPresent();
		return known ? null : messages.getMessage("ptv.reject.unknownOrganisation", new Object[] { service.organisationId() }, locale);
	}

	/** The municipalities of the service: its areas within those imported, else those it was found through. */
	private static List<String> codes(Service service, Set<String> foundIn) {
		Set<String> codes = new TreeSet<>(service.nationwide() ? List.of() : service.municipalities());
		if (codes.isEmpty() && foundIn != null) {
			codes.addAll(foundIn);
		}
		return List.copyOf(codes);
	}

	/** The fingerprint of the service as last imported, while it is published: one archived here is saved again when PTV lists it. */
	private String held(UUID service) {
		return jdbc.sql("""
				select p.fingerprint from directory.ptv_service p join directory.service s on s.id = p.service_id
				where p.service_id = :id and s.state = 'PUBLISHED'
				""").param("id", service).query(String.class).optional().orElse(null);
	}

	/**
	 * Archives the imported services PTV has archived or withdrawn since the last import and, in a full import, those
	 * found last time only through these municipalities that PTV no longer lists for them.
	 */
	private List<Change> archive(Fetched fetched, List<String> municipalities, Instant since, String by, Locale locale) {
		Set<UUID> gone = new TreeSet<>(fetched.noLongerPublished());
		if (since == null) {
			jdbc.sql("select service_id from directory.ptv_service where found_in <@ cast(:codes as text[])")
				.param("codes", municipalities.toArray(String[]::new))
				.query(UUID.class)
				.list()
				.stream()
				.filter(id -> !fetched.services().containsKey(id))
				.forEach(gone::add);
		}
		gone.removeAll(fetched.services().keySet());
		List<Change> archived = jdbc.sql("""
				update directory.service s set state = 'WITHDRAWN', updated_at = now(), updated_by = :by, version = s.version + 1
				from directory.ptv_service p where p.service_id = s.id and s.state = 'PUBLISHED' and s.id = any(:ids)
				returning s.id, s.name_fi, s.name_sv, s.name_en
				""")
			.param("by", by)
			.param("ids", gone.toArray(UUID[]::new))
			.query((rs, n) -> new Change(rs.getObject("id", UUID.class), fi.yhdessa.platform.LocalizedText
				.ofNullable(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")).in(locale), "ARCHIVED"))
			.list();
		archived.forEach(change -> history.record(ChangeHistory.Kind.SERVICE, change.id(), "WITHDRAWN", by, List.of()));
		return archived;
	}

	static String fingerprint(Service service, List<Channel> channels, Set<String> topics) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(service.source().getBytes(StandardCharsets.UTF_8));
			channels.stream().sorted(java.util.Comparator.comparing(Channel::id)).forEach(channel -> digest.update(channel.source().getBytes(StandardCharsets.UTF_8)));
			digest.update(topics.stream().collect(Collectors.joining(",")).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String root(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse(message);
	}
}
