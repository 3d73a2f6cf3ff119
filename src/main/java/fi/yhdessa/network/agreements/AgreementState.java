package fi.yhdessa.network.agreements;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an agreement stands: drafted, negotiated (the parties agree on the text), signed, in force
 * during its term, then expired at its end or ended before it. Message key {@code agreement.state.NAME}.
 */
public enum AgreementState {

	DRAFT, NEGOTIATED, SIGNED, IN_FORCE, EXPIRED, ENDED;

	/** The states this one may move to. */
	public Set<AgreementState> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(NEGOTIATED, ENDED);
			case NEGOTIATED -> EnumSet.of(DRAFT, SIGNED, ENDED);
			case SIGNED -> EnumSet.of(IN_FORCE, ENDED);
			case IN_FORCE -> EnumSet.of(EXPIRED, ENDED);
			case EXPIRED, ENDED -> EnumSet.noneOf(AgreementState.class);
		};
	}

	/** Whether the text (parties, term, commitments, services) may still change. */
	public boolean editable() {
		return this == DRAFT || this == NEGOTIATED;
	}

	public boolean closed() {
		return this == EXPIRED || this == ENDED;
	}

	public String messageKey() {
		return "agreement.state." + name();
	}
}
