package fi.yhdessa.platform;

import java.util.List;

/**
 * Work a staff account still holds, asked before an administrator closes the account: each module
 * that gives people work contributes a bean, so that no family is left without its worker.
 */
public interface OpenWork {

	/** What the account holds here; nothing when it holds nothing. */
	List<Held> heldBy(AccountId account);

	/**
	 * @param messageKey what is held, with the count as its argument {0}
	 * @param count how many
	 * @param path where it is handed over
	 */
	record Held(String messageKey, long count, String path) {
	}
}
