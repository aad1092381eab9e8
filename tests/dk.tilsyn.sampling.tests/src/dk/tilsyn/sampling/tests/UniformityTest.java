package dk.tilsyn.sampling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.StratifiedDraw;
import dk.tilsyn.sampling.Unit;

/**
 * Every unit of a stratum is equally likely to be drawn: over many seeds the counts per unit
 * pass a chi-square test. The seeds are fixed ("uniform-0" …), so the test gives the same
 * answer every run. The same check is shown to reject draws that are biased in ways a defect
 * in the draw could bias them.
 */
class UniformityTest {
	private static final int UNITS = 25;
	private static final int SEEDS = 5000;
	/** chi-square, 24 degrees of freedom, p = 0.001 */
	private static final double CRITICAL = 51.18;

	/** k units of a stratum drawn with a seed. */
	private interface Draw {
		List<Unit> draw(String seed, List<Unit> stratum, int k);
	}

	/** The product's draw. */
	private static final Draw PRODUCT = (seed, stratum, k) -> new StratifiedDraw(seed, "2018Q3", 1)
			.select("SB1", stratum, k).stream().map(Pick::unit).toList();

	private static List<Unit> stratum() {
		List<Unit> stratum = new ArrayList<>();
		for (int i = 0; i < UNITS; i++) {
			stratum.add(Fixtures.unit("S-" + i, i % 2 == 0 ? "underretning" : "undersoegelse", "A", "SB1"));
		}
		return stratum;
	}

	/** The chi-square statistic of how often each unit is drawn over {@link #SEEDS} seeds. */
	private static double chiSquare(Draw draw, int k) {
		List<Unit> stratum = stratum();
		int[] counts = new int[UNITS];
		for (int s = 0; s < SEEDS; s++) {
			List<Unit> picks = draw.draw("uniform-" + s, stratum, k);
			assertEquals(k, picks.size());
			for (Unit pick : picks) {
				counts[Integer.parseInt(pick.caseId().substring(2))]++;
			}
		}
		double expected = (double) SEEDS * k / UNITS;
		double chiSquare = 0;
		for (int count : counts) {
			chiSquare += (count - expected) * (count - expected) / expected;
		}
		return chiSquare;
	}

	@Test
	void eachUnitIsPickedEquallyOften() {
		for (int k : new int[] { 1, 5 }) {
			double chiSquare = chiSquare(PRODUCT, k);
			assertTrue(chiSquare < CRITICAL, "k = " + k + ": chi-square " + chiSquare);
		}
	}

	@Test
	void theCheckRejectsADrawThatIgnoresTheSeed() {
		Draw sameSeed = (seed, stratum, k) -> PRODUCT.draw("always the same", stratum, k);
		for (int k : new int[] { 1, 5 }) {
			double chiSquare = chiSquare(sameSeed, k);
			assertTrue(chiSquare > CRITICAL, "k = " + k + ": chi-square " + chiSquare);
		}
	}

	@Test
	void theCheckRejectsADrawWhoseRanksAreTooCoarse() {
		// the product's ranks cut to their first hex digit: 16 ranks for 25 units, and a tie
		// goes to the unit that comes first in the frame, so early units are drawn more often
		Draw coarse = (seed, stratum, k) -> {
			List<Pick> ranked = new StratifiedDraw(seed, "2018Q3", 1).select("SB1", stratum, stratum.size());
			return stratum.stream()
					.sorted(Comparator.comparing((Unit u) -> ranked.stream().filter(p -> p.unit().equals(u)).findFirst()
							.orElseThrow().rank().charAt(0)))
					.limit(k).toList();
		};
		double chiSquare = chiSquare(coarse, 1);
		assertTrue(chiSquare > CRITICAL, "chi-square " + chiSquare);
	}
}
