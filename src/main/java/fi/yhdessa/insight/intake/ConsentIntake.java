package fi.yhdessa.insight.intake;

import fi.yhdessa.consent.events.ConsentGiven;
import fi.yhdessa.consent.events.ConsentWithdrawn;
import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.store.FactStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Consents and denials given and withdrawn, as insight keeps them: by month and decision, the family as a pseudonym. */
@Component
class ConsentIntake {

	private final FactStore store;
	private final Places places;
	private final Pseudonyms keys;

	ConsentIntake(FactStore store, Places places, Pseudonyms keys) {
		this.store = store;
		this.places = places;
		this.keys = keys;
	}

	@ApplicationModuleListener
	void on(ConsentGiven fact) {
		store.record(Fact.of(fact.factId(), FactKind.CONSENT_GIVEN, fact.recordedAt())
			.detail(fact.decision())
			.family(keys.of(fact.familyId()))
			.subject(keys.of(fact.consentId()))
			.build(places));
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn fact) {
		store.record(Fact.of(fact.factId(), FactKind.CONSENT_WITHDRAWN, fact.withdrawnAt())
			.detail(fact.decision())
			.family(keys.of(fact.familyId()))
			.subject(keys.of(fact.consentId()))
			.build(places));
	}
}
