package fi.yhdessa.citizen;

import fi.yhdessa.casework.FamilyPortal;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.AccountSummary;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who has processed my data" (Client Data Act 703/2023 §11): the access-log entries about the
 * family's members, with the person, their role and organisation, the time, what was done to
 * which kind of record, and the basis recorded. The caller has checked and logged that the
 * resident belongs to the family.
 */
@Service
class AccessReport {

	static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	/** The default period: the last two years. */
	static final int DEFAULT_YEARS = 2;
	/** At most this many entries go into one PDF; the page says to narrow the period beyond it. */
	static final int PDF_LIMIT = 5_000;

	private final AccessLog accessLog;
	private final Accounts accounts;
	private final Network network;
	private final Clock clock;

	AccessReport(AccessLog accessLog, Accounts accounts, Network network, Clock clock) {
		this.accessLog = accessLog;
		this.accounts = accounts;
		this.network = network;
		this.clock = clock;
	}

	/** What the family asks to see; empty parts take the defaults (the last two years, everyone, every action, without the family's own views). */
	record Filter(LocalDate from, LocalDate until, UUID organisation, AccessEntry.Action action, boolean ownViews) {

		Filter withDefaults(LocalDate today) {
			LocalDate end = until != null ? until : today;
			return new Filter(from != null ? from : end.minusYears(DEFAULT_YEARS), end, organisation, action, ownViews);
		}

		/**
		 * The period as typed: a date that is not one is left out and said so ({@code accessReport.error.date}),
		 * a period that ends before it begins is turned the right way round and said so
		 * ({@code accessReport.error.reversed}); {@code problem} is null when the period was fine.
		 */
		static Typed of(String from, String until, UUID organisation, AccessEntry.Action action, boolean ownViews, LocalDate today) {
			LocalDate start = date(from);
			LocalDate end = date(until);
			String problem = (start == null && from != null && !from.isBlank()) || (end == null && until != null && !until.isBlank()) ? "accessReport.error.date" : null;
			Filter filter = new Filter(start, end, organisation, action, ownViews).withDefaults(today);
			if (filter.from().isAfter(filter.until())) {
				return new Typed(new Filter(filter.until(), filter.from(), organisation, action, ownViews), "accessReport.error.reversed");
			}
			return new Typed(filter, problem);
		}

		private static LocalDate date(String typed) {
			try {
				return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
			}
			catch (java.time.format.DateTimeParseException e) {
				return null;
			}
		}
	}

	/** A filter read from what was typed, and what was wrong with it, if anything. */
	record Typed(Filter filter, String problem) {
	}

	/** One entry of the report in words the family can read; {@code kindKey} and {@code roleKey} are message keys. */
	record Row(Instant at, String who, String roleKey, UUID organisationId, LocalizedText organisation, AccessEntry.Action action, String kindKey,
			String basis) {

		/**
		 * The message key of the basis in the family's language: the casework standings and the family's
		 * own decision by name, every other basis the platform writes by its words
		 * ({@code report.basis.text.} and the words before any {@code ": "}, lower case, joined by
		 * hyphens). A basis a person typed has no message; the page shows it as written.
		 */
		public String basisKey() {
			if (FamilyConsents.BASIS.equals(basis)) {
				return "report.basis.CONSENT";
			}
			return FamilyPortal.standingOf(basis).map(standing -> "report.basis." + standing.getKey()).orElseGet(() -> textKey(basis));
		}

		/** What was written after a basis the platform wrote, such as the reason given for break-glass access. */
		public String basisDetail() {
			return FamilyPortal.standingOf(basis).map(java.util.Map.Entry::getValue).orElseGet(() -> {
				int detail = basis == null ? -1 : basis.indexOf(": ");
				return detail < 0 ? "" : basis.substring(detail + 2);
			});
		}

		static String textKey(String basis) {
			if (basis == null) {
				return null;
			}
			int detail = basis.indexOf(": ");
			String words = (detail < 0 ? basis : basis.substring(0, detail)).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
			return "report.basis.text." + words.replaceAll("^-|-$", "");
		}
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(FINLAND));
	}

	@Transactional(readOnly = true)
	PageOf<Row> page(Scope scope, Filter filter, PageRequest page) {
		PageOf<AccessLog.Logged> found = accessLog.search(search(scope, filter.withDefaults(today())), page);
		return new PageOf<>(rows(found.items()), page, found.total());
	}

	@Transactional(readOnly = true)
	PageOf<Row> forPdf(Scope scope, Filter filter) {
		return page(scope, filter, new PageRequest(1, PDF_LIMIT));
	}

	/** The organisations that appear in the family's log, for the filter. */
	@Transactional(readOnly = true)
	Map<UUID, LocalizedText> organisations(Scope scope) {
		return network.organisationNames(accessLog.actorOrganisations(scope.subjects(), scope.excludedRecords()));
	}

	/**
	 * Whose entries a report holds: the family's members, less the records a young person hides from
	 * the reader (812/2000 §11).
	 */
	record Scope(List<UUID> subjects, List<String> excludedRecords) {
	}

	private static AccessLog.Search search(Scope scope, Filter filter) {
		Instant from = filter.from().atStartOfDay(FINLAND).toInstant();
		Instant until = filter.until().plusDays(1).atStartOfDay(FINLAND).toInstant();
		AccessLog.Search search = AccessLog.Search.ofSubjects(scope.subjects(), scope.excludedRecords(), filter.organisation(), filter.action(), from, until);
		// The family's own views of its data are left out unless asked for, so that others' reads stand out.
		return filter.ownViews() ? search : search.withoutActorRole(Role.RESIDENT.name());
	}

	private List<Row> rows(List<AccessLog.Logged> entries) {
		Map<String, AccountSummary> people = accounts.byUsernames(entries.stream().map(e -> e.entry().actor()).distinct().toList());
		Map<UUID, LocalizedText> organisations = network.organisationNames(
				entries.stream().map(e -> e.entry().actorOrganisation()).filter(Objects::nonNull).distinct().toList());
		return entries.stream().map(logged -> {
			AccessEntry entry = logged.entry();
			AccountSummary person = people.get(entry.actor());
			return new Row(logged.at(), person != null ? person.displayName() : entry.actor(), roleKey(entry.actorRole()), entry.actorOrganisation(),
					entry.actorOrganisation() == null ? null : organisations.get(entry.actorOrganisation()), entry.action(), kindKey(entry.recordKind()),
					entry.basis());
		}).toList();
	}

	/** The kinds of record the report names in words; any other is "other client data". */
	static final Set<String> KINDS = Set.of("casework.case", "casework.journal", "casework.responsibility", "casework.team", "casework.assessment",
			"casework.plan", "casework.handoff", "casework.consent", "casework.access-log", "casework.message", "casework.attachment", "casework.family",
			"casework.referral", "casework.break-glass", "frontdoor.contact", "frontdoor.booking", "frontdoor.concern", "frontdoor.notification",
			"consent.consent", "consent.access-log", "casework.identity-code", "casework.restriction", "casework.worklist");

	static String roleKey(String role) {
		if ("ANONYMOUS".equals(role)) {
			return "report.role.anonymous";
		}
		return java.util.Arrays.stream(fi.yhdessa.platform.Role.values()).anyMatch(r -> r.name().equals(role)) ? "role." + role : "report.role.system";
	}

	static String kindKey(String recordKind) {
		return KINDS.contains(recordKind) ? "report.kind." + recordKind : "report.kind.other";
	}
}
