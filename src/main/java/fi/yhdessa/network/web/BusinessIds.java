package fi.yhdessa.network.web;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The digits are
 * weighted 7, 9, 10, 5, 8, 4, 2; a remainder of 0 (mod 11) gives the check digit 0, a remainder of 1
 * is never issued, and any other gives 11 less the remainder.
 */
final class BusinessIds {

	private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

	private BusinessIds() {
	}

	static boolean valid(String id) {
		if (id == null || !id.matches("[0-9]{7}-[0-9]")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		int remainder = sum % 11;
		if (remainder == 1) {
			return false;
		}
		int check = remainder == 0 ? 0 : 11 - remainder;
		return id.charAt(8) - '0' == check;
	}
}
