package dk.tilsyn.sampling.tests;

import static dk.tilsyn.sampling.tests.Fixtures.population;
import static dk.tilsyn.sampling.tests.Fixtures.request;
import static dk.tilsyn.sampling.tests.Fixtures.unit;
import static dk.tilsyn.sampling.tests.Fixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.tilsyn.model.Case;
import dk.tilsyn.sampling.Frame;
import dk.tilsyn.sampling.LevelRecord;
import dk.tilsyn.sampling.LevelSample;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.ModelSpec.Draw;
import dk.tilsyn.sampling.ModelSpec.Level;
import dk.tilsyn.sampling.ModelSpec.Quota;
import dk.tilsyn.sampling.ModelSpec.Stratification;
import dk.tilsyn.sampling.ModelSpec.SubQuota;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.Sampler;
import dk.tilsyn.sampling.StratifiedDraw;
import dk.tilsyn.sampling.Stratum;
import dk.tilsyn.sampling.Unit;

class DrawTest {

	@Test
	void sameInputsGiveTheSameSampleByteForByte() {
		Sample first = Sampler.draw(Fixtures.MODEL1, request("s1", population(7, 4000)));
		Sample again = Sampler.draw(Fixtures.MODEL1, request("s1", population(7, 4000)));
		assertEquals(first.toCsv(), again.toCsv());
		assertEquals(first.toJson(), again.toJson());
		assertEquals(first.audit().toJson(), again.audit().toJson());
		assertTrue(first.level(1).picks().size() > 200, "one per caseworker");
	}

	@Test
	void theOrderOfTheRowsDoesNotMatter() {
		List<Case> cases = population(7, 4000);
		Sample inOrder = Sampler.draw(Fixtures.MODEL3, request("s1", cases));
		List<Case> shuffled = new ArrayList<>(cases);
		Collections.shuffle(shuffled, new Random(1));
		for (Case c : shuffled) {
			List<dk.tilsyn.model.CaseEvent> events = new ArrayList<>(c.getEvents()); // the events' order too
			Collections.shuffle(events, new Random(2));
			c.getEvents().clear();
			c.getEvents().addAll(events);
		}
		Sample outOfOrder = Sampler.draw(Fixtures.MODEL3, request("s1", shuffled));
		assertEquals(inOrder.toCsv(), outOfOrder.toCsv());
		assertEquals(inOrder.audit().frameHash(), outOfOrder.audit().frameHash());
	}

	@Test
	void anotherSeedGivesAnotherSample() {
		List<Case> cases = population(7, 4000);
		assertNotEquals(Sampler.draw(Fixtures.MODEL1, request("s1", cases)).toCsv(),
				Sampler.draw(Fixtures.MODEL1, request("s2", cases)).toCsv());
	}

	@Test
	void takingOneMoreKeepsTheEarlierPicks() {
		List<Unit> frame = Frame.fromPopulation(population(7, 4000), Fixtures.STAGES, Fixtures.FROM, Fixtures.TO).units();
		StratifiedDraw draw = new StratifiedDraw("s1", "2018Q3", 3);
		for (int k : new int[] { 1, 5, 40 }) {
			List<Pick> some = draw.select("*", frame, k);
			List<Pick> more = draw.select("*", frame, k + 1);
			assertEquals(k, some.size());
			assertEquals(some, more.subList(0, k));
		}
		// and through a whole model: level 3 with 41 contains level 3 with 40
		List<Case> cases = population(7, 4000);
		Sample forty = Sampler.draw(Fixtures.MODEL1, request("s1", cases));
		ModelSpec fortyOne = ModelSpec.ofLevels("m", false,
				List.of(Fixtures.MODEL1.levels().get(0), Fixtures.MODEL1.levels().get(1),
						Level.fromLevel(3, 2, Draw.of(41, Stratification.ALL))));
		Set<Unit> larger = new HashSet<>(Sampler.draw(fortyOne, request("s1", cases)).level(3).units());
		assertEquals(41, larger.size());
		assertTrue(larger.containsAll(forty.level(3).units()));
	}

	@Test
	void eachLevelDrawsFromTheSampleOfTheLevelBelow() {
		List<Case> cases = population(11, 6000);
		for (ModelSpec model : List.of(Fixtures.MODEL1, Fixtures.MODEL3)) {
			Sample sample = Sampler.draw(model, request("nest", cases));
			for (int level = 1; level < 4; level++) {
				Set<Unit> below = new HashSet<>(sample.level(level).units());
				List<Unit> above = sample.level(level + 1).units();
				assertFalse(above.isEmpty());
				assertTrue(below.containsAll(above), model.name() + ": level " + (level + 1) + " within level " + level);
				LevelRecord record = sample.audit().levels().get(level);
				assertEquals(Frame.of(below).hash(), record.frameHash(), "the frame of a level is the sample below");
				assertEquals(below.size(), record.frameSize());
			}
		}
		Sample model1 = Sampler.draw(Fixtures.MODEL1, request("nest", cases));
		assertEquals(40, model1.level(3).picks().size());
		assertEquals(20, model1.level(4).picks().size());
	}

	@Test
	void model2ReviewsOneSampleAtAllLevels() {
		Sample sample = Sampler.draw(Fixtures.MODEL2, request("tf", population(7, 4000)));
		List<Pick> shared = sample.level(1).picks();
		assertEquals(30, shared.size(), "the lower bound of 30 til 40");
		for (int level = 2; level <= 4; level++) {
			assertEquals(shared, sample.level(level).picks());
			assertEquals("same sample", sample.audit().levels().get(level - 1).frame());
		}
		assertTrue(sample.toCsv().lines().filter(l -> l.startsWith("4,")).count() == 30);
	}

	@Test
	void aStratumWithTooFewUnitsGivesThemAllAndRecordsTheShortfall() {
		List<Unit> frame = List.of(unit("1", "underretning", "A", "x"), unit("2", "underretning", "A", "x"),
				unit("3", "underretning", "B", "y"));
		ModelSpec model = ModelSpec.ofLevels("m", false, List.of(Level.fromPopulation(1, Draw.of(2, Stratification.UNIT))));
		Sampler.Drawn drawn = Sampler.drawLevels(model, Frame.of(frame), "s", "R");
		assertEquals(3, drawn.levels().get(0).picks().size());
		Map<String, Stratum> strata = strata(drawn.records().get(0));
		assertEquals(0, strata.get("A").shortfall());
		assertEquals(1, strata.get("B").shortfall());
		assertEquals(1, strata.get("B").size());
		assertEquals(2, strata.get("B").k());
		assertEquals(1, drawn.records().get(0).shortfall());
	}

	@Test
	void quotasAndSubQuotasAreHonouredAndShortfallsAreNotFilledSilently() {
		List<Unit> frame = new ArrayList<>();
		frame.addAll(units("underretning", 10, 0, null));
		frame.addAll(units("undersoegelse", 2, 0, null));
		frame.addAll(units("handleplan_anbringelse", 6, 3, "sikkerhedsplan"));
		frame.addAll(units("handleplan_forebyggende", 6, 1, "korte_snor"));
		Quota handleplan = new Quota(List.of("handleplan_anbringelse", "handleplan_forebyggende"), 7,
				List.of(new SubQuota("sikkerhedsplan", 2), new SubQuota("korte_snor", 2)), null);
		ModelSpec model = ModelSpec.ofLevels("m", false, List.of(Level.fromPopulation(1, new Draw(13, null,
				Stratification.UNIT, null, null, List.of(Quota.of("underretning", 3), Quota.of("undersoegelse", 3), handleplan)))));
		Sampler.Drawn drawn = Sampler.drawLevels(model, Frame.of(frame), "q", "R");
		List<Pick> picks = drawn.levels().get(0).picks();
		Map<String, Long> perStratum = picks.stream().collect(Collectors.groupingBy(Pick::stratum, Collectors.counting()));
		assertEquals(3, perStratum.get("A/underretning"));
		assertEquals(2, perStratum.get("A/undersoegelse"));
		assertEquals(2, perStratum.get("A/handleplan_anbringelse+handleplan_forebyggende/sikkerhedsplan"));
		assertEquals(1, perStratum.get("A/handleplan_anbringelse+handleplan_forebyggende/korte_snor"));
		assertEquals(3, perStratum.get("A/handleplan_anbringelse+handleplan_forebyggende"), "7 - 2 - 2, not topped up");
		for (Pick p : picks) {
			if (p.stratum().endsWith("/sikkerhedsplan")) {
				assertTrue(p.unit().flags().contains("sikkerhedsplan"));
			}
		}
		Map<String, Stratum> strata = strata(drawn.records().get(0));
		assertEquals(1, strata.get("A/undersoegelse").shortfall());
		assertEquals(1, strata.get("A/handleplan_anbringelse+handleplan_forebyggende/korte_snor").shortfall());
		assertEquals(2, drawn.records().get(0).shortfall());
		assertEquals(picks.size(), new HashSet<>(picks.stream().map(Pick::unit).toList()).size(), "no unit twice");
	}

	@Test
	void aShortfallIsFilledOnlyFromTheNamedStage() {
		List<Unit> frame = new ArrayList<>();
		frame.addAll(units("underretning", 10, 0, null));
		frame.addAll(units("undersoegelse", 2, 0, null));
		ModelSpec model = ModelSpec.ofLevels("m", false,
				List.of(Level.fromPopulation(1, new Draw(6, null, Stratification.UNIT, null, null,
						List.of(Quota.of("underretning", 3), new Quota(List.of("undersoegelse"), 3, List.of(), "underretning"))))));
		Sampler.Drawn drawn = Sampler.drawLevels(model, Frame.of(frame), "q", "R");
		Map<String, Stratum> strata = strata(drawn.records().get(0));
		assertEquals(1, strata.get("A/undersoegelse").shortfall(), "the shortfall stays on record");
		Stratum fill = strata.get("A/undersoegelse/fyld:underretning");
		assertEquals(1, fill.k());
		assertEquals(1, fill.picked());
		assertEquals("A/undersoegelse", fill.filledFrom());
		assertEquals(6, drawn.levels().get(0).picks().size());
		assertEquals(6, new HashSet<>(drawn.levels().get(0).units()).size());
	}

	@Test
	void aUnitWithItsOwnDrawIsNotDrawnPerUnitAsWell() {
		List<Case> cases = population(11, 6000);
		Sample sample = Sampler.draw(Fixtures.MODEL3, request("dv", cases));
		List<Pick> doegnvagten = sample.level(2).picks().stream()
				.filter(p -> p.unit().unit().equals(dk.tilsyn.population.SyntheticPopulation.DOEGNVAGTEN)).toList();
		assertEquals(5, doegnvagten.size());
		assertTrue(doegnvagten.stream().allMatch(p -> p.stratum().equals(dk.tilsyn.population.SyntheticPopulation.DOEGNVAGTEN)));
	}

	/** Level 1 of Model 1 again, from docs/SAMPLING.md alone: one per caseworker, lowest SHA-256 rank. */
	@Test
	void anIndependentImplementationOfTheRankGivesTheSameLevelOneSample() throws Exception {
		List<Case> cases = population(5, 3000);
		Sample sample = Sampler.draw(Fixtures.MODEL1, request("uafhængig", cases));
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		Function<String, String> hex = s -> HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
		Set<String> expected = new HashSet<>();
		Frame.fromPopulation(cases, Fixtures.STAGES, Fixtures.FROM, Fixtures.TO).units().stream()
				.collect(Collectors.groupingBy(Unit::caseworker)).forEach((cw, us) -> expected.add(us.stream()
						.map(u -> hex.apply("uafhængig|2018Q3|1|" + cw + "|" + u.caseId() + "|" + u.stage()) + " " + u.caseId() + " " + u.stage())
						.sorted().findFirst().get()));
		Set<String> actual = sample.level(1).picks().stream()
				.map(p -> p.rank() + " " + p.unit().caseId() + " " + p.unit().stage()).collect(Collectors.toSet());
		assertEquals(expected, actual);
	}

	@Test
	void theFrameIsCanonicalAndItsHashIsTheSha256OfTheText() throws Exception {
		List<Unit> units = List.of(unit("S-2", "undersoegelse", "Valby", "SB2"), unit("S-10", "underretning", "Amager", "SB1"),
				unit("S-1", "underretning", "Nørrebro", "SB3"));
		Frame frame = Frame.of(units);
		String text = "S-1,underretning,Nørrebro,SB3\nS-10,underretning,Amager,SB1\nS-2,undersoegelse,Valby,SB2\n";
		assertEquals(text, frame.canonicalText());
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))),
				frame.hash());
		List<Unit> reversed = new ArrayList<>(units);
		Collections.reverse(reversed);
		assertEquals(frame.hash(), Frame.of(reversed).hash());
	}

	@Test
	void aCaseIsInTheFrameOfAStageWhenTheCompletingEventFallsInThePeriod() {
		Case inside = Fixtures.aCase("C1", "A", null, null);
		Fixtures.event(inside, "handleplan_udarbejdet", Fixtures.FROM, null);
		Fixtures.event(inside, "foranstaltning_afgjort", Fixtures.FROM.minusDays(3), "anbringelse");
		Case outside = Fixtures.aCase("C2", "A", null, null);
		Fixtures.event(outside, "handleplan_udarbejdet", Fixtures.TO.plusDays(1), null);
		Fixtures.event(outside, "foranstaltning_afgjort", Fixtures.TO, "anbringelse");
		Case repeated = Fixtures.aCase("C3", "A", null, null);
		Fixtures.event(repeated, "opfoelgning", Fixtures.FROM.plusDays(5), null);
		Fixtures.event(repeated, "opfoelgning", Fixtures.FROM.plusDays(50), null);
		Fixtures.event(repeated, "foranstaltning_afgjort", Fixtures.FROM.minusDays(300), "forebyggende");
		Frame frame = Frame.fromPopulation(List.of(inside, outside, repeated), Fixtures.STAGES, Fixtures.FROM, Fixtures.TO);
		assertEquals("C1,handleplan_anbringelse,A,SB1\nC3,opfoelgning_forebyggende,A,SB1\n", frame.canonicalText());
		assertEquals(Fixtures.FROM.plusDays(50), frame.units().get(1).completed(), "the last completion in the period");
	}

	@Test
	void theAuditRecordSaysEverything() {
		Sample sample = Sampler.draw(Fixtures.MODEL3, request("audit", population(3, 3000)));
		String json = sample.audit().toJson();
		for (String key : List.of("\"name\": \"model3\"", "\"algorithm\": \"tilsyn-sampling/1", "\"round\": \"2018Q3\"",
				"\"from\": \"2018-07-01\"", "\"seed\": \"audit\"", "\"sha256\": \"" + sample.audit().frameHash(),
				"\"size\": " + sample.audit().frameSize(), "\"exclusions\": []", "\"stratum\": \"Amager/underretning\"",
				"\"shortfall\": ", "\"concept\"", "\"version\": \"2018.1\"")) {
			assertTrue(json.contains(key), key + " in\n" + json);
		}
		assertNull(sample.audit().service());
		assertEquals(64, sample.audit().frameHash().length());
		assertTrue(dk.tilsyn.sampling.AuditText.of(sample.audit()).contains(sample.audit().frameHash()));
	}

	@Test
	void theRoundForTheStoreCarriesTheSeedAndEveryLevel() {
		Sample sample = Sampler.draw(Fixtures.MODEL1, request("gem", population(3, 3000)));
		dk.tilsyn.model.Round round = sample.toRound();
		assertEquals("gem", round.getSeed());
		assertEquals("2018Q3", round.getId());
		assertEquals("model1", round.getSamplingModel());
		assertEquals(Fixtures.FROM, round.getPeriodFrom());
		assertEquals(Fixtures.TO, round.getPeriodTo());
		assertEquals("kk2018", round.getConceptId());
		assertEquals("2018.1", round.getConceptVersion());
		assertEquals(4, round.getSamples().size());
		for (int level = 1; level <= 4; level++) {
			dk.tilsyn.model.Sample stored = round.getSamples().get(level - 1);
			assertEquals(level, stored.getLevel());
			// every unit whole: case, stage, stratum and rank, in the sample's order
			assertEquals(
					sample.level(level).picks().stream()
							.map(p -> java.util.Arrays.asList(p.unit().caseId(), p.unit().stage(), p.stratum(), p.rank())).toList(),
					stored.getUnits().stream().map(u -> java.util.Arrays.asList(u.getCaseId(), u.getStage(), u.getStratum(), u.getRank()))
							.toList());
		}
	}

	@Test
	void theDemoDrawStillWorks() {
		List<Unit> frame = List.of(unit("1", "underretning", "A", "x"), unit("2", "underretning", "A", "x"),
				unit("3", "underretning", "B", "y"));
		List<Pick> sample = new StratifiedDraw("demo", "DEMO", 1).draw(frame, Unit::caseworker, 1);
		assertEquals(2, sample.size());
		assertEquals(List.of("x", "y"), sample.stream().map(p -> p.stratum()).toList());
	}

	static Map<String, Stratum> strata(LevelRecord record) {
		return record.strata().stream().collect(Collectors.toMap(Stratum::key, s -> s));
	}

	static List<Unit> unitsOf(LevelSample sample) {
		return sample.units();
	}
}
