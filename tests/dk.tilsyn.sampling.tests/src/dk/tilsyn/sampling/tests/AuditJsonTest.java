package dk.tilsyn.sampling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilsyn.sampling.AuditRecord;
import dk.tilsyn.sampling.Exclusion;
import dk.tilsyn.sampling.LevelRecord;
import dk.tilsyn.sampling.LevelSample;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.Stratum;

/**
 * The audit record and the sample as JSON, byte for byte: files written with {@code --audit}
 * and records kept in stores are compared and diffed, so the layout (two spaces, "key": value,
 * empty arrays as []) does not change with the library that writes it.
 */
class AuditJsonTest {
	private static final AuditRecord AUDIT = AuditRecord
			.of(ModelSpec.ofLevels("model1", false, List.of()), Fixtures.request("s\"1\n", List.of()))
			.algorithm("alg").frame("ab12", 3, List.of(new Exclusion("K-1", "underretning", Exclusion.Reason.FLAG, "x")))
			.levels(List.of(
					new LevelRecord(1, "population", "ab12", 3,
							List.of(new Stratum("SB1", 2, 2, 1, null), new Stratum("SB2/fyld:a", 1, 1, 1, "SB2")), 2),
					new LevelRecord(2, "same sample", "cd34", 2, List.of(), 2)))
			.build();

	@Test
	void theAuditRecordKeepsItsLayout() {
		assertEquals("""
				{
				  "model": {
				    "name": "model1",
				    "title": "model1",
				    "version": null,
				    "service": null,
				    "service_version": null
				  },
				  "concept": {
				    "id": "kk2018",
				    "version": "2018.1"
				  },
				  "algorithm": "alg",
				  "round": "2018Q3",
				  "period": {
				    "from": "2018-07-01",
				    "to": "2018-09-30"
				  },
				  "seed": "s\\"1\\n",
				  "seed_generated": false,
				  "frame": {
				    "sha256": "ab12",
				    "size": 3
				  },
				  "exclusions": [
				    {
				      "case_id": "K-1",
				      "stage": "underretning",
				      "reason": "flag",
				      "detail": "x"
				    }
				  ],
				  "levels": [
				    {
				      "level": 1,
				      "frame": "population",
				      "frame_sha256": "ab12",
				      "frame_size": 3,
				      "picked": 2,
				      "shortfall": 1,
				      "strata": [
				        {
				          "stratum": "SB1",
				          "size": 2,
				          "k": 2,
				          "picked": 1,
				          "shortfall": 1
				        },
				        {
				          "stratum": "SB2/fyld:a",
				          "size": 1,
				          "k": 1,
				          "picked": 1,
				          "shortfall": 0,
				          "fills": "SB2"
				        }
				      ]
				    },
				    {
				      "level": 2,
				      "frame": "same sample",
				      "frame_sha256": "cd34",
				      "frame_size": 2,
				      "picked": 2,
				      "shortfall": 0,
				      "strata": []
				    }
				  ]
				}
				""", AUDIT.toJson());
	}

	@Test
	void theSampleKeepsItsLayout() {
		Sample sample = new Sample(AUDIT, List.of(new LevelSample(1,
				List.of(new Pick(Fixtures.unit("K-1", "underretning", "A", "SB1"), "SB1", "0a")))));
		assertEquals("""
				[
				  {
				    "level": 1,
				    "stratum": "SB1",
				    "case_id": "K-1",
				    "stage": "underretning",
				    "rank": "0a"
				  }
				]
				""", sample.toJson());
		assertEquals("[]\n", new Sample(AUDIT, List.of()).toJson());
	}
}
