package fi.yhdessa.consent;

import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.PersonalIdentityCode;
import fi.yhdessa.platform.ResidentRegister;
import fi.yhdessa.platform.SignedInUser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The data protection officer's searches of the access log: a person by identity code, a family by
 * a case reference, and the other criteria as typed. Every search and every export is itself an
 * entry in the log, with the people searched for as its subjects.
 */
@Service
class Audits {

	static final String BASIS = "audit of the access log (Client Data Act 703/2023 §11)";
	static final int EXPORT_LIMIT = 100_000;
	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final AccessLog log;
	private final List<AuditSubjects> subjects;
	private final ObjectProvider<ResidentRegister> register;

	Audits(AccessLog log, List<AuditSubjects> subjects, ObjectProvider<ResidentRegister> register) {
		this.log = log;
		this.subjects = subjects;
		this.register = register;
	}

	/** The search the form asks for, or empty with the reasons on the form when a person or case is not found. */
	private Optional<AccessLog.Search> criteria(AuditForm form, Errors errors) {
		Set<UUID> ids = new LinkedHashSet<>();
		if (!form.getPerson().isBlank() && !errors.hasFieldErrors("person")) {
			PersonalIdentityCode code = new PersonalIdentityCode(form.getPerson());
			register.ifAvailable(r -> r.identify(code).ifPresent(found -> ids.add(found.residentId())));
			subjects.forEach(s -> ids.addAll(s.ofPerson(code)));
			if (ids.isEmpty()) {
				errors.rejectValue("person", "audit.error.noPerson");
			}
		}
		if (!form.getCaseReference().isBlank()) {
			List<UUID> family = subjects.stream().flatMap(s -> s.ofCase(form.getCaseReference()).stream()).toList();
			if (family.isEmpty()) {
				errors.rejectValue("caseReference", "audit.error.noCase");
			}
			ids.addAll(family);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Instant from = form.getFrom() == null ? null : form.getFrom().atStartOfDay(FINLAND).toInstant();
		Instant until = form.getUntil() == null ? null : form.getUntil().plusDays(1).atStartOfDay(FINLAND).toInstant();
		return Optional.of(new AccessLog.Search(blankToNull(form.getActor()), form.getOrganisation(), blankToNull(form.getRecordKind()), null,
				new ArrayList<>(ids), form.getAction(), from, until, List.of(), null, blankToNull(form.getRole()), blankToNull(form.getBasis())));
	}

	/**
	 * A page of what the form asks for, the newest first, or empty with the reasons on the form. The
	 * people looked up and the search are one transaction with the search's own entry in the log.
	 */
	@Transactional
	Optional<PageOf<AccessLog.Logged>> search(SignedInUser user, AuditForm form, Errors errors, PageRequest page) {
		String asked = form.describe("search");
		return criteria(form, errors).map(search -> {
			log.record(AccessEntry.by(user, AccessEntry.Action.READ, "consent.access-log", asked, search.subjects(), BASIS));
			return log.search(search, page);
		});
	}

	/** Everything the form asks for, up to {@link #EXPORT_LIMIT} entries, for a CSV file, or empty with the reasons on the form; logged as its own read. */
	@Transactional
	Optional<List<AccessLog.Logged>> export(SignedInUser user, AuditForm form, Errors errors) {
		String asked = form.describe("export search");
		return criteria(form, errors).map(search -> {
			log.record(AccessEntry.by(user, AccessEntry.Action.READ, "consent.access-log", asked, search.subjects(), BASIS));
			return log.all(search, EXPORT_LIMIT);
		});
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
