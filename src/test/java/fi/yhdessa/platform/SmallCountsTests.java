package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The small-count rule on any table: no count from 1 to 4 is shown, and no row or column whose total
 * is shown has exactly one hidden entry — so no hidden count can be worked out by subtraction.
 */
class SmallCountsTests {

	final SmallCounts rule = new SmallCounts(5);

	@Property(tries = 500)
	void hidesEverySmallCountAndEveryCountATotalWouldReveal(@ForAll("tables") long[][] cells, @ForAll boolean rowTotals, @ForAll boolean columnTotals) {
		SmallCounts.Hidden hidden = rule.suppress(cells, rowTotals, columnTotals);
		int rows = cells.length;
		int columns = cells[0].length;
		long grand = 0;
		for (int r = 0; r < rows; r++) {
			long sum = 0;
			int hiddenInRow = 0;
			for (int c = 0; c < columns; c++) {
				assertThat(!hidden.cell(r, c) && cells[r][c] > 0 && cells[r][c] < 5).as("a small count shown").isFalse();
				sum += cells[r][c];
				hiddenInRow += hidden.cell(r, c) ? 1 : 0;
			}
			grand += sum;
			if (rowTotals) {
				assertThat(!hidden.rowTotal(r) && sum > 0 && sum < 5).as("a small total shown").isFalse();
				assertThat(hiddenInRow + (hidden.rowTotal(r) ? 1 : 0)).as("row %d: one hidden entry is revealed by the others", r).isNotEqualTo(1);
			}
		}
		if (columnTotals) {
			for (int c = 0; c < columns; c++) {
				long sum = 0;
				int hiddenInColumn = 0;
				for (int r = 0; r < rows; r++) {
					sum += cells[r][c];
					hiddenInColumn += hidden.cell(r, c) ? 1 : 0;
				}
				assertThat(!hidden.columnTotal(c) && sum > 0 && sum < 5).isFalse();
				assertThat(hiddenInColumn + (hidden.columnTotal(c) ? 1 : 0)).as("column %d", c).isNotEqualTo(1);
			}
		}
		if (rowTotals && columnTotals) {
			int hiddenTotals = hidden.grandTotal() ? 1 : 0;
			for (int c = 0; c < columns; c++) {
				hiddenTotals += hidden.columnTotal(c) ? 1 : 0;
			}
			assertThat(hiddenTotals).as("the line of column totals").isNotEqualTo(1);
			assertThat(!hidden.grandTotal() && grand > 0 && grand < 5).isFalse();
		}
	}

	@Example
	void hidesTheNextSmallestCountOfALineWithOneSmallCount() {
		SmallCounts.Hidden hidden = rule.suppress(new long[][] { { 3, 40, 12 } }, true, false);
		assertThat(hidden.cell(0, 0)).isTrue();
		assertThat(hidden.cell(0, 2)).as("the next smallest").isTrue();
		assertThat(hidden.cell(0, 1)).isFalse();
		assertThat(hidden.rowTotal(0)).isFalse();
	}

	@Example
	void showsZerosAndLargeCounts() {
		SmallCounts.Hidden hidden = rule.suppress(new long[][] { { 0, 5 }, { 7, 0 } }, true, true);
		assertThat(hidden.cells()).isDeepEqualTo(new boolean[][] { { false, false }, { false, false } });
	}

	@Provide
	Arbitrary<long[][]> tables() {
		Arbitrary<Long> count = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 4), Arbitraries.longs().between(5, 60));
		return Arbitraries.integers().between(1, 6).flatMap(rows -> Arbitraries.integers().between(1, 6)
			.flatMap(columns -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
	}
}
