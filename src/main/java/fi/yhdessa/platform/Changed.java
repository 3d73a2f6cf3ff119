package fi.yhdessa.platform;

import java.util.List;

/**
 * What a guarded state change of an aggregate gives: the state before (null for a new one), the
 * state after, and the facts the change records. The aggregate decides; its store writes the change
 * (conditionally on the state before) and publishes the facts in the same transaction.
 */
public record Changed<A>(A before, A after, List<Object> facts) {

	public Changed {
		facts = List.copyOf(facts);
	}

	public static <A> Changed<A> created(A created, Object... facts) {
		return new Changed<>(null, created, List.of(facts));
	}

	public static <A> Changed<A> of(A before, A after, Object... facts) {
		return new Changed<>(before, after, List.of(facts));
	}
}
