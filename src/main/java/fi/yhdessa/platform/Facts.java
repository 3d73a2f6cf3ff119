package fi.yhdessa.platform;

import java.util.Collection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes the facts a change records, in the transaction of the change: Spring Modulith's JDBC
 * event publication registry stores each publication with the change, so a fact is delivered to its
 * listeners after a crash too. Publishing outside a transaction is a programming error.
 */
@Component
public class Facts {

	private final ApplicationEventPublisher publisher;

	Facts(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	public void publish(Object fact) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A fact is published in the transaction of its change: " + fact.getClass().getSimpleName());
		}
		publisher.publishEvent(fact);
	}

	public void publishAll(Collection<?> facts) {
		facts.forEach(this::publish);
	}

	/** Publishes what the change recorded and gives its new state. */
	public <A> A publish(Changed<A> change) {
		publishAll(change.facts());
		return change.after();
	}
}
