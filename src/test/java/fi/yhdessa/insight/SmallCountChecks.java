package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks at a table as an output shows it — its columns' measures and keys, its lines and its total
 * line, each cell a number, hidden (&lt;5) or empty — for a count of people from 1 to 4, or a hidden
 * count that a shown total would give back.
 */
final class SmallCountChecks {

	private SmallCountChecks() {
	}

	/** A cell as shown: {@code hidden}, or its value ({@code null} when there is none). */
	record Shown(Double value, boolean hidden) {
	}

	/**
	 * @param measures each column's measure ({@code COUNT}, {@code PERCENT}, …)
	 * @param keys each column's key; a cross table's line totals are in the column {@code total}
	 * @param total the line of totals, or {@code null}
	 */
	record Table(String id, List<String> measures, List<String> keys, List<List<Shown>> lines, List<Shown> total) {
	}

	static void assertNothingSmallRevealed(Table table, String where) {
		List<List<Shown>> all = new ArrayList<>(table.lines());
		if (table.total() != null) {
			all.add(table.total());
		}
		for (List<Shown> line : all) {
			for (int c = 0; c < line.size(); c++) {
				Shown cell = line.get(c);
				if (table.measures().get(c).equals("COUNT") && !cell.hidden() && cell.value() != null) {
					assertThat(cell.value()).as("%s, table %s: a count shown", where, table.id()).matches(v -> v == 0 || v >= 5, "zero or five or more");
				}
			}
		}
		int totalColumn = table.keys().indexOf("total");
		for (String measure : List.of("COUNT", "EUROS")) {
			if (totalColumn >= 0 && table.measures().get(totalColumn).equals(measure)) {
				for (List<Shown> line : all) {
					int hidden = 0;
					for (int c = 0; c <= totalColumn; c++) {
						hidden += table.measures().get(c).equals(measure) && line.get(c).hidden() ? 1 : 0;
					}
					assertThat(hidden).as("%s, table %s: a line whose total gives back its one hidden %s", where, table.id(), measure).isNotEqualTo(1);
				}
			}
			if (table.total() != null) {
				for (int c = 0; c < table.measures().size(); c++) {
					if (!table.measures().get(c).equals(measure)) {
						continue;
					}
					int hidden = 0;
					for (List<Shown> line : all) {
						hidden += line.get(c).hidden() ? 1 : 0;
					}
					assertThat(hidden).as("%s, table %s: column %s whose total gives back its one hidden figure", where, table.id(), table.keys().get(c))
						.isNotEqualTo(1);
				}
			}
		}
		if (totalColumn >= 0) {
			for (List<Shown> line : all) {
				for (int c = totalColumn + 1; c < line.size(); c++) {
					if (table.measures().get(c).equals("PERCENT") && !line.get(c).hidden() && line.get(c).value() != null) {
						assertThat(line.get(totalColumn).hidden()).as("%s, table %s: a share of a hidden total", where, table.id()).isFalse();
					}
				}
			}
		}
	}
}
