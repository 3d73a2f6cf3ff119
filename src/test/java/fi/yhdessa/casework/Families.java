package fi.yhdessa.casework;

import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.platform.PersonalIdentityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic families for tests: identity codes from the test range only. */
final class Families {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private Families() {
	}

	static String code(LocalDate born) {
		return PersonalIdentityCode.synthetic(born, 900 + NEXT.getAndIncrement() % 100).value();
	}

	static Commands.OpenCase family(String name) {
		int n = NEXT.incrementAndGet();
		return new Commands.OpenCase(name, "801", List.of(
				new Commands.NewMember("Testi", name, code(LocalDate.of(1985, 1 + n % 12, 1 + n % 28)), Member.Relation.GUARDIAN),
				new Commands.NewMember("Lapsi", name, code(LocalDate.of(2019, 1 + n % 12, 1 + n % 28)), Member.Relation.CHILD)),
				null, ClientCase.Origin.DIRECT, null, null, null, null);
	}
}
