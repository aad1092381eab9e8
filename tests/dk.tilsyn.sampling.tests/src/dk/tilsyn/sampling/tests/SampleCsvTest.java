package dk.tilsyn.sampling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilsyn.sampling.LevelSample;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sample;

/** The sample as CSV: imported text (case ids, strata) shows as text in a spreadsheet; numbers stay numbers. */
class SampleCsvTest {
	@Test
	void importedTextIsNeutralisedAndTheLevelAndRankAreNot() {
		Sample sample = new Sample(null, List.of(new LevelSample(2, List.of(
				new Pick(Fixtures.unit("=1+1", "underretning", "-Valby", "@SB"), "-Valby", "0a1b"),
				new Pick(Fixtures.unit("K-1", "underretning", "Valby, Øst", "SB"), "Valby, Øst", "ff00")))));
		assertEquals("level,stratum,case_id,stage,rank\n" //
				+ "2,\"'-Valby\",\"'=1+1\",underretning,0a1b\n" //
				+ "2,\"Valby, Øst\",K-1,underretning,ff00\n", sample.toCsv());
	}
}
