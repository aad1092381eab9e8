package dk.tilsyn.sampling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.StratifiedDraw;
import dk.tilsyn.sampling.Unit;

/**
 * Every unit of a stratum is equally likely to be drawn: over many seeds the counts per unit
 * pass a chi-square test. The seeds are fixed ("uniform-0" …), so the test gives the same
 * answer every run; it can fail, e.g. when the rank stops depending on the case id.
 */
class UniformityTest {
	private static final int UNITS = 25;
	private static final int SEEDS = 5000;
	/** chi-square, 24 degrees of freedom, p = 0.001 */
	private static final double CRITICAL = 51.18;

	@Test
	void eachUnitIsPickedEquallyOften() {
		List<Unit> stratum = new ArrayList<>();
		for (int i = 0; i < UNITS; i++) {
			stratum.add(Fixtures.unit("S-" + i, i % 2 == 0 ? "underretning" : "undersoegelse", "A", "SB1"));
		}
		for (int k : new int[] { 1, 5 }) {
			int[] counts = new int[UNITS];
			for (int s = 0; s < SEEDS; s++) {
				List<Pick> picks = new StratifiedDraw("uniform-" + s, "2018Q3", 1).select("SB1", stratum, k);
				assertEquals(k, picks.size());
				for (Pick pick : picks) {
					counts[Integer.parseInt(pick.unit().caseId().substring(2))]++;
				}
			}
			double expected = (double) SEEDS * k / UNITS;
			double chiSquare = 0;
			for (int count : counts) {
				chiSquare += (count - expected) * (count - expected) / expected;
			}
			assertTrue(chiSquare < CRITICAL, "k = " + k + ": chi-square " + chiSquare + " with counts "
					+ java.util.Arrays.toString(counts));
		}
	}

	@Test
	void theTestCanTellABiasedDraw() {
		// the same statistic over a draw that prefers low case numbers fails
		int[] counts = new int[UNITS];
		for (int s = 0; s < SEEDS; s++) {
			counts[(s % 3 == 0) ? 0 : s % UNITS]++;
		}
		double expected = (double) SEEDS / UNITS;
		double chiSquare = 0;
		for (int count : counts) {
			chiSquare += (count - expected) * (count - expected) / expected;
		}
		assertTrue(chiSquare > CRITICAL);
	}
}
