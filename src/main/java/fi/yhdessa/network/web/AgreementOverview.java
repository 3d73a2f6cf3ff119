package fi.yhdessa.network.web;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.agreements.Agreement;
import fi.yhdessa.network.agreements.AgreementKind;
import fi.yhdessa.network.agreements.AgreementState;
import fi.yhdessa.network.agreements.Agreements;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Which municipalities have a county–municipality agreement in force, and what of their agreements is due: review or end within the reminder time. */
@Component
class AgreementOverview {

	private final Agreements agreements;
	private final NetworkNames names;
	private final Clock clock;
	private final int days;

	AgreementOverview(Agreements agreements, NetworkNames names, Clock clock, @Value("${yhdessa.network.reminder-days:30}") int days) {
		this.agreements = agreements;
		this.names = names;
		this.clock = clock;
		this.days = days;
	}

	/** A municipality's line: its county agreement in force (or null), how many partnerships, and what is due. */
	record Row(String municipalityCode, String municipality, Agreement inForce, int partnerships, List<Due> due) {
	}

	record Due(Agreement agreement, String what, LocalDate on) {
	}

	List<Row> byMunicipality(Locale locale) {
		LocalDate today = LocalDate.now(clock);
		List<Agreement> all = agreements.all();
		List<Row> rows = new ArrayList<>();
		for (Municipality m : names.municipalities()) {
			List<Agreement> own = all.stream().filter(a -> a.municipalityCode().equals(m.code())).toList();
			Agreement inForce = own.stream().filter(a -> a.kind() == AgreementKind.COUNTY_MUNICIPALITY && a.state() == AgreementState.IN_FORCE).findFirst()
				.orElse(null);
			int partnerships = (int) own.stream().filter(a -> a.kind() != AgreementKind.COUNTY_MUNICIPALITY && a.state() == AgreementState.IN_FORCE).count();
			List<Due> due = new ArrayList<>();
			for (Agreement a : own) {
				if (a.state().closed()) {
					continue;
				}
				if (a.reviewOn() != null && !a.reviewOn().isAfter(today.plusDays(days))) {
					due.add(new Due(a, "agreement.due.review", a.reviewOn()));
				}
				if (a.endsOn() != null && !a.endsOn().isAfter(today.plusDays(days)) && a.state() == AgreementState.IN_FORCE) {
					due.add(new Due(a, "agreement.due.expiry", a.endsOn()));
				}
			}
			rows.add(new Row(m.code(), m.name(locale), inForce, partnerships, due));
		}
		return rows;
	}
}
