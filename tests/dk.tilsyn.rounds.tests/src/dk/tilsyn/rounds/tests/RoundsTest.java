package dk.tilsyn.rounds.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.Round;
import dk.tilsyn.model.RoundStatus;
import dk.tilsyn.model.SampledUnit;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.population.SyntheticPopulation;
import dk.tilsyn.rounds.RoundRequest;
import dk.tilsyn.rounds.Rounds;
import dk.tilsyn.sampling.LevelSample;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreConflictException;

/** A round drawn with the reference concept's Model 1 and kept in an embedded store. */
class RoundsTest {
	private static final LocalDate FROM = LocalDate.of(2018, 7, 1);
	private static final LocalDate TO = LocalDate.of(2018, 9, 30);
	private static Concept concept;
	private static List<Case> population;

	@TempDir
	Path folder;

	@BeforeAll
	static void load() {
		concept = InstalledConcepts.byId("kk2018").orElseThrow().model();
		population = new SyntheticPopulation(2018).samplingCases(3000, FROM, TO);
	}

	private String url() {
		return "jdbc:h2:file:" + folder.resolve("store");
	}

	private static RoundRequest request(String seed) {
		return new RoundRequest(concept, "model1", "2018Q3", FROM, TO, seed);
	}

	@Test
	void aRoundDrawnAndKeptIsReadBackWithItsSeedSamplesAndAudit() {
		Sample drawn;
		try (ReviewStore store = ReviewStore.open(url())) {
			drawn = new Rounds(store).drawAndKeep(request("rounds-test"), population);
		}
		try (ReviewStore store = ReviewStore.open(url())) {
			Round kept = store.round("2018Q3").orElseThrow();
			assertEquals("kk2018", kept.getConceptId());
			assertEquals("model1", kept.getSamplingModel());
			assertEquals(FROM, kept.getPeriodFrom());
			assertEquals(TO, kept.getPeriodTo());
			assertEquals("rounds-test", kept.getSeed());
			assertEquals(RoundStatus.SAMPLED, kept.getStatus());
			assertEquals(drawn.levels().size(), kept.getSamples().size());
			for (LevelSample level : drawn.levels()) {
				dk.tilsyn.model.Sample sample = kept.getSamples().stream().filter(s -> s.getLevel() == level.level())
						.findFirst().orElseThrow();
				assertEquals(drawn.audit().toJson(), sample.getAudit());
				assertEquals(level.picks().stream().map(RoundsTest::row).sorted().toList(),
						sample.getUnits().stream().map(RoundsTest::row).sorted().toList(), "level " + level.level());
			}
			assertFalse(kept.getSamples().get(0).getUnits().isEmpty());
		}
		// the seed kept draws the same sample again
		assertEquals(drawn.toCsv(), Rounds.draw(request("rounds-test"), population).toCsv());
	}

	@Test
	void aRoundAlreadyKeptIsRefusedAndStaysAsItWas() {
		try (ReviewStore store = ReviewStore.open(url())) {
			Rounds rounds = new Rounds(store);
			rounds.drawAndKeep(request("first"), population);
			assertThrows(StoreConflictException.class, () -> rounds.drawAndKeep(request("second"), population));
			assertEquals("first", store.round("2018Q3").orElseThrow().getSeed());
		}
	}

	@Test
	void withoutASeedOneIsMadeAndTheAuditSaysSo() {
		Sample sample = Rounds.draw(request(null), population);
		assertTrue(sample.audit().seedGenerated());
		assertTrue(sample.audit().seed().matches("[0-9a-f]{32}"), sample.audit().seed());
		assertEquals(sample.toCsv(), Rounds.draw(request(sample.audit().seed()), population).toCsv());
	}

	private static String row(Pick pick) {
		return String.join("|", pick.unit().caseId(), pick.unit().stage(), pick.stratum(), pick.rank());
	}

	private static String row(SampledUnit unit) {
		return String.join("|", unit.getCaseId(), unit.getStage(), unit.getStratum(), unit.getRank());
	}
}
