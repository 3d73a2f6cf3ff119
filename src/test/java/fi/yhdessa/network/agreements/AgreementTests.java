package fi.yhdessa.network.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.network.access.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgreementTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
	static final UUID COUNTY = UUID.randomUUID();
	static final UUID MUNICIPALITY = UUID.randomUUID();

	/** The transitions the agreement's life allows: draft → negotiated → signed → in force → expired or ended, back to draft from negotiation, ended from any open state. */
	static final Map<AgreementState, Set<AgreementState>> ALLOWED = Map.of(
			AgreementState.DRAFT, EnumSet.of(AgreementState.NEGOTIATED, AgreementState.ENDED),
			AgreementState.NEGOTIATED, EnumSet.of(AgreementState.DRAFT, AgreementState.SIGNED, AgreementState.ENDED),
			AgreementState.SIGNED, EnumSet.of(AgreementState.IN_FORCE, AgreementState.ENDED),
			AgreementState.IN_FORCE, EnumSet.of(AgreementState.EXPIRED, AgreementState.ENDED),
			AgreementState.EXPIRED, EnumSet.noneOf(AgreementState.class),
			AgreementState.ENDED, EnumSet.noneOf(AgreementState.class));

	static Agreement.Terms ready(LocalDate starts, LocalDate ends) {
		return new Agreement.Terms(AgreementKind.COUNTY_MUNICIPALITY, "Perhekeskussopimus", "951", starts, ends, null, List.of(COUNTY, MUNICIPALITY),
				List.of(new Commitment(MUNICIPALITY, Commitment.Kind.FUNDING, "Kunnan osuus", BigDecimal.valueOf(20_000))), List.of(), List.of());
	}

	/** An agreement in a state, with a term that has begun and has ended before today, so that dates refuse nothing. */
	static Agreement in(AgreementState state, LocalDate starts, LocalDate ends) {
		Agreement draft = Agreement.draft(ready(starts, ends));
		return new Agreement(draft.id(), draft.kind(), draft.title(), draft.municipalityCode(), starts, ends, null, state, 1, draft.parties(),
				draft.commitments(), draft.services(), draft.contacts());
	}

	@ParameterizedTest
	@EnumSource(AgreementState.class)
	void movesToEveryStateItsStateLeadsToAndToNoOther(AgreementState from) {
		Agreement agreement = in(from, TODAY.minusYears(2), TODAY.minusDays(1));
		for (AgreementState to : AgreementState.values()) {
			if (ALLOWED.get(from).contains(to)) {
				assertThat(agreement.moveTo(to, TODAY).state()).as("%s → %s", from, to).isEqualTo(to);
			}
			else {
				assertThatThrownBy(() -> agreement.moveTo(to, TODAY)).as("%s → %s", from, to).isInstanceOf(Refusal.class)
					.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("agreement.error.transition");
			}
		}
	}

	@Test
	void isSignedOnlyWithTwoPartiesAStartDateAndACommitment() {
		Agreement bare = Agreement.draft(new Agreement.Terms(AgreementKind.NGO_PARTNERSHIP, "Kumppanuus", "951", null, null, null, List.of(COUNTY), List.of(),
				List.of(), List.of())).moveTo(AgreementState.NEGOTIATED, TODAY);
		assertThatThrownBy(() -> bare.moveTo(AgreementState.SIGNED, TODAY)).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("agreement.error.notReadyToSign");
		Agreement negotiated = Agreement.draft(ready(TODAY, null)).moveTo(AgreementState.NEGOTIATED, TODAY);
		assertThat(negotiated.moveTo(AgreementState.SIGNED, TODAY).state()).isEqualTo(AgreementState.SIGNED);
	}

	@Test
	void comesIntoForceNotBeforeItsStartAndExpiresNotBeforeItsEnd() {
		Agreement signed = in(AgreementState.SIGNED, TODAY.plusDays(1), TODAY.plusYears(1));
		assertThatThrownBy(() -> signed.moveTo(AgreementState.IN_FORCE, TODAY)).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("agreement.error.notStarted");
		assertThat(signed.moveTo(AgreementState.IN_FORCE, TODAY.plusDays(1)).state()).isEqualTo(AgreementState.IN_FORCE);
		Agreement running = in(AgreementState.IN_FORCE, TODAY.minusYears(1), TODAY);
		assertThatThrownBy(() -> running.moveTo(AgreementState.EXPIRED, TODAY)).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("agreement.error.notEnded");
		assertThat(running.moveTo(AgreementState.EXPIRED, TODAY.plusDays(1)).state()).isEqualTo(AgreementState.EXPIRED);
		assertThat(running.moveTo(AgreementState.ENDED, TODAY).state()).as("ended early, by decision").isEqualTo(AgreementState.ENDED);
	}

	@Test
	void keepsItsTextOnceSignedButLetsTheReviewDateChangeUntilItCloses() {
		Agreement signed = in(AgreementState.SIGNED, TODAY, TODAY.plusYears(3));
		Agreement.Terms t = signed.terms();
		Agreement.Terms newReview = new Agreement.Terms(t.kind(), t.title(), t.municipalityCode(), t.startsOn(), t.endsOn(), TODAY.plusYears(1),
				t.parties(), t.commitments(), t.services(), t.contacts());
		assertThat(signed.revise(newReview).reviewOn()).isEqualTo(TODAY.plusYears(1));
		Agreement.Terms newTitle = new Agreement.Terms(t.kind(), "Toinen nimi", t.municipalityCode(), t.startsOn(), t.endsOn(), null, t.parties(),
				t.commitments(), t.services(), t.contacts());
		assertThatThrownBy(() -> signed.revise(newTitle)).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("agreement.error.notEditable");
		assertThatThrownBy(() -> in(AgreementState.ENDED, TODAY.minusYears(1), TODAY).revise(newReview)).isInstanceOf(Refusal.class);
		assertThat(Agreement.draft(ready(TODAY, null)).revise(newTitle).title()).isEqualTo("Toinen nimi");
	}

	@Test
	void refusesATextWithoutATitleAReversedTermOrACommitmentOfAnOutsider() {
		assertThatThrownBy(() -> Agreement.draft(new Agreement.Terms(AgreementKind.NGO_PARTNERSHIP, " ", "951", null, null, null, List.of(), List.of(),
				List.of(), List.of()))).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("agreement.error.title");
		assertThatThrownBy(() -> Agreement.draft(ready(TODAY, TODAY.minusDays(1)))).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("agreement.error.term");
		assertThatThrownBy(() -> Agreement.draft(new Agreement.Terms(AgreementKind.NGO_PARTNERSHIP, "Kumppanuus", "951", null, null, null, List.of(COUNTY),
				List.of(new Commitment(MUNICIPALITY, Commitment.Kind.PREMISES, "Tilat", null)), List.of(), List.of())))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("agreement.error.commitmentParty");
	}

	@Test
	void comparesTextsWhateverTheOrderOfPartiesServicesAndContacts() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		Agreement.Terms one = new Agreement.Terms(AgreementKind.NGO_PARTNERSHIP, "K", "951", null, null, null, List.of(a, b), List.of(), List.of(b, a),
				List.of());
		Agreement.Terms other = new Agreement.Terms(AgreementKind.NGO_PARTNERSHIP, "K", "951", null, null, null, List.of(b, a), List.of(), List.of(a, b),
				List.of());
		assertThat(one).isEqualTo(other);
	}
}
