package dk.tilsyn.sampling.concept.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.SamplingModel;
import dk.tilsyn.model.concept.ConceptFactory;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.population.SyntheticPopulation;
import dk.tilsyn.sampling.Exclusion;
import dk.tilsyn.sampling.Frame;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.SamplingException;
import dk.tilsyn.sampling.SamplingModelServices;
import dk.tilsyn.sampling.StageDefinition;
import dk.tilsyn.sampling.Unit;
import dk.tilsyn.sampling.concept.ConceptSampling;

/** The reference concept's models, interpreted from kk2018 as the build compiled it. */
class ConceptModelsTest {
	private static final LocalDate FROM = LocalDate.of(2018, 7, 1);
	private static final LocalDate TO = LocalDate.of(2018, 9, 30);
	private static Concept concept;
	private static List<Case> population;

	@BeforeAll
	static void load() {
		InstalledConcept installed = InstalledConcepts.byId("kk2018").orElseThrow();
		concept = installed.model();
		population = new SyntheticPopulation(2018).samplingCases(12000, FROM, TO);
	}

	private static Sample draw(String model, String seed) {
		return ConceptSampling.draw(concept, model, "2018Q3", FROM, TO, seed, false, population);
	}

	@Test
	void theModelsAreReadFromTheConcept() {
		assertEquals(List.of("model1", "model2", "model3", "ankestyrelsen"), ConceptSampling.modelNames(concept));
		ModelSpec model1 = ConceptSampling.spec(ConceptSampling.model(concept, "model1").orElseThrow(), "v");
		assertEquals(4, model1.levels().size());
		assertEquals(ModelSpec.Stratification.CASEWORKER, model1.levels().get(0).draws().get(0).stratification());
		assertNull(model1.levels().get(0).draws().get(0).per(), "no 'hver måned' declared");
		assertEquals(ModelSpec.FrameSource.LEVEL, model1.levels().get(1).frame());
		assertEquals(15, model1.levels().get(1).draws().get(0).count());
		assertFalse(model1.simultaneous());
		ModelSpec model2 = ConceptSampling.spec(ConceptSampling.model(concept, "model2").orElseThrow(), "v");
		assertTrue(model2.simultaneous());
		assertEquals(40, model2.levels().get(0).draws().get(0).max());
		assertEquals(ModelSpec.FrameSource.SAME_SAMPLE, model2.levels().get(3).frame());
		ModelSpec model3 = ConceptSampling.spec(ConceptSampling.model(concept, "model3").orElseThrow(), "v");
		assertEquals(ModelSpec.PeriodUnit.MONTH, model3.levels().get(0).draws().get(0).per());
		assertEquals(5, model3.levels().get(1).draws().get(0).quotas().size());
		assertEquals("Døgnvagten", model3.levels().get(1).draws().get(1).fromUnit());
		ModelSpec.DecisionRule rule = ConceptSampling.spec(ConceptSampling.model(concept, "ankestyrelsen").orElseThrow(),
				"v").rule();
		assertEquals(LocalDate.of(2017, 9, 30), rule.cutoff());
		assertEquals(Period.ofYears(1), rule.within());
		assertEquals(5, rule.types().size());
		assertEquals(List.of("ankestyrelsen_behandlet"), rule.excludedFlags());
		assertEquals(0, rule.minAge());
		assertEquals(17, rule.maxAge());
		assertTrue(rule.eldestSiblingOnly());
	}

	@Test
	void stagesAreCompletedByTheirEventsUnderTheirConditions() {
		List<StageDefinition> stages = ConceptSampling.stages(concept);
		assertEquals(6, stages.size());
		StageDefinition placementPlan = stages.stream().filter(s -> s.name().equals("handleplan_anbringelse")).findFirst()
				.orElseThrow();
		assertEquals("handleplan_udarbejdet", placementPlan.completedBy());
		Predicate<Case> placement = c -> c.getEvents().stream()
				.anyMatch(e -> e.getName().equals("foranstaltning_afgjort") && "anbringelse".equals(e.getValue()));
		for (Case c : population.subList(0, 500)) {
			assertEquals(placement.test(c), placementPlan.completedWhen().test(c), c.getId());
		}
		assertTrue(ConceptSampling.eventNames(concept).containsAll(List.of("afgoerelse", "underretning_vurderet", "opfoelgning")));
	}

	@Test
	void model3DrawsTwentyPerUnitWithTheStageMixAndFiveFromDoegnvagten() {
		Sample sample = draw("model3", "model3-test");
		Map<String, List<Pick>> perUnit = sample.level(2).picks().stream()
				.collect(Collectors.groupingBy(p -> p.unit().unit()));
		String shortfalls = sample.audit().levels().get(1).strata().stream().filter(s -> s.shortfall() > 0)
				.map(Object::toString).toList().toString();
		for (String unit : SyntheticPopulation.UNITS) {
			List<Pick> picks = perUnit.get(unit);
			assertEquals(20, picks.size(), unit + " " + shortfalls);
			Map<String, Long> stages = picks.stream()
					.collect(Collectors.groupingBy(p -> p.unit().stage(), Collectors.counting()));
			assertEquals(3, stages.get("underretning"), unit);
			assertEquals(3, stages.get("undersoegelse"), unit);
			assertEquals(7, stages.getOrDefault("handleplan_anbringelse", 0L) + stages.getOrDefault("handleplan_forebyggende", 0L), unit);
			assertEquals(4, stages.get("opfoelgning_anbringelse"), unit);
			assertEquals(3, stages.get("opfoelgning_forebyggende"), unit);
			String handleplan = unit + "/handleplan_anbringelse+handleplan_forebyggende";
			assertEquals(2, picks.stream().filter(p -> p.stratum().equals(handleplan + "/sikkerhedsplan")
					&& p.unit().flags().contains("sikkerhedsplan")).count(), unit);
			assertEquals(2, picks.stream().filter(p -> p.stratum().equals(handleplan + "/korte_snor")
					&& p.unit().flags().contains("korte_snor")).count(), unit);
		}
		assertEquals(5, perUnit.get(SyntheticPopulation.DOEGNVAGTEN).size());
		assertEquals(6 * 20 + 5, sample.level(2).picks().size());
		assertEquals(0, sample.audit().levels().get(1).shortfall(), "no shortfall in this population");
		assertEquals(60, sample.level(3).picks().size());
		assertEquals(30, sample.level(4).picks().size());
		// level 1: one per caseworker per month
		Map<String, Long> perCaseworkerMonth = sample.level(1).picks().stream()
				.collect(Collectors.groupingBy(Pick::stratum, Collectors.counting()));
		assertTrue(perCaseworkerMonth.values().stream().allMatch(n -> n == 1));
		assertTrue(perCaseworkerMonth.keySet().stream().allMatch(k -> k.matches(".+/2018-0[789]")), perCaseworkerMonth.keySet().toString());
		assertTrue(sample.level(1).picks().size() > 3 * 200);
		assertEquals("2018.1", sample.audit().modelVersion());
		assertEquals("kk2018", sample.audit().conceptId());
	}

	@Test
	void model1NestsLevelsOfItsDeclaredSizes() {
		Sample sample = draw("model1", "model1-test");
		Set<String> caseworkers = Frame.fromPopulation(population, ConceptSampling.stages(concept), FROM, TO).units()
				.stream().map(Unit::caseworker).collect(Collectors.toSet());
		assertEquals(caseworkers.size(), sample.level(1).picks().size());
		Map<String, Long> perUnit = sample.level(2).picks().stream()
				.collect(Collectors.groupingBy(p -> p.unit().unit(), Collectors.counting()));
		for (String unit : SyntheticPopulation.UNITS) {
			assertEquals(15, perUnit.get(unit), unit);
		}
		assertEquals(40, sample.level(3).picks().size());
		assertEquals(20, sample.level(4).picks().size());
		for (int level = 1; level < 4; level++) {
			assertTrue(new HashSet<>(sample.level(level).units()).containsAll(sample.level(level + 1).units()));
		}
	}

	@Test
	void model2IsOneSampleForAllLevels() {
		Sample sample = draw("model2", "model2-test");
		assertEquals(30, sample.level(1).picks().size());
		for (int level = 2; level <= 4; level++) {
			assertEquals(sample.level(1).picks(), sample.level(level).picks());
		}
	}

	@Test
	void ankestyrelsenTakesTheNewestDecisionsFirstWithItsExclusions() {
		LocalDate cutoff = LocalDate.of(2017, 9, 30);
		List<Case> cases = new SyntheticPopulation(17).samplingCases(6000, LocalDate.of(2017, 7, 1), cutoff);
		Sample sample = ConceptSampling.draw(concept, "ankestyrelsen", "ANK2017", LocalDate.of(2017, 7, 1), cutoff, "000",
				false, cases);
		ModelSpec.DecisionRule rule = ConceptSampling.spec(ConceptSampling.model(concept, "ankestyrelsen").orElseThrow(),
				"v").rule();
		Map<String, Case> byId = cases.stream().collect(Collectors.toMap(Case::getId, c -> c));
		Set<String> excluded = sample.audit().exclusions().stream().map(Exclusion::caseId).collect(Collectors.toSet());
		Set<String> picked = sample.level(1).picks().stream().map(p -> p.unit().caseId()).collect(Collectors.toSet());
		assertEquals(10, picked.size(), "4 + 2 + 1 + 1 + 2");
		for (Pick pick : sample.level(1).picks()) {
			Case c = byId.get(pick.unit().caseId());
			assertFalse(c.getFlags().contains("ankestyrelsen_behandlet"));
			int age = Period.between(c.getBirthDate(), cutoff).getYears();
			assertTrue(age >= 0 && age <= 17);
		}
		// only the eldest of siblings: no two picks share a sibling group
		List<String> groups = sample.level(1).picks().stream().map(p -> byId.get(p.unit().caseId()).getSiblingGroup())
				.filter(g -> g != null).toList();
		assertEquals(new HashSet<>(groups).size(), groups.size());
		// newest first: no candidate of a type that was passed over has a newer decision than the last pick
		for (ModelSpec.DecisionType type : rule.types()) {
			List<Pick> ofType = sample.level(1).picks().stream().filter(p -> p.stratum().equals(type.type())).toList();
			assertEquals(type.count(), ofType.size(), type.type());
			LocalDate last = LocalDate.parse(ofType.get(ofType.size() - 1).rank());
			for (Case c : cases) {
				if (picked.contains(c.getId()) || excluded.contains(c.getId())) {
					continue;
				}
				for (CaseEvent e : c.getEvents()) {
					if (e.getName().equals("afgoerelse") && type.type().equals(e.getValue()) && !e.getDate().isAfter(cutoff)) {
						assertFalse(e.getDate().isAfter(last), c.getId() + " " + e.getDate() + " passed over for " + last);
					}
				}
			}
		}
		assertTrue(sample.audit().exclusions().stream().anyMatch(e -> e.reason() == Exclusion.Reason.FLAG));
		assertTrue(sample.audit().exclusions().stream().anyMatch(e -> e.reason() == Exclusion.Reason.NOT_ELDEST_SIBLING));
		// deterministic: the same whatever the order of the cases
		List<Case> shuffled = new ArrayList<>(cases);
		Collections.shuffle(shuffled, new Random(5));
		assertEquals(sample.toCsv(), ConceptSampling.draw(concept, "ankestyrelsen", "ANK2017", LocalDate.of(2017, 7, 1),
				cutoff, "000", false, shuffled).toCsv());
	}

	@Test
	void aCustomModelIsAServiceNamedInTheConceptAndTheAuditNamesIt() throws BundleException {
		Bundle self = FrameworkUtil.getBundle(getClass());
		if (self.getState() != Bundle.ACTIVE) {
			self.start(); // declarative services registers the component of an active bundle
		}
		assertTrue(SamplingModelServices.byName("hver-tiende").isPresent(), "registered: " + SamplingModelServices.all());
		Concept custom = EcoreUtil.copy(concept);
		SamplingModel model = ConceptFactory.eINSTANCE.createSamplingModel();
		model.setName("egen");
		model.setTitle("Hver tiende sag");
		model.setService("hver-tiende");
		custom.getModels().add(model);
		Sample sample = ConceptSampling.draw(custom, "egen", "2018Q3", FROM, TO, "x", false, population);
		assertEquals("hver-tiende", sample.audit().service());
		assertEquals("0.1", sample.audit().serviceVersion());
		assertEquals("egen", sample.audit().model());
		assertEquals("kk2018", sample.audit().conceptId());
		assertTrue(sample.audit().toJson().contains("\"service\": \"hver-tiende\""));
		int frame = sample.audit().frameSize();
		assertEquals((frame + 9) / 10, sample.level(1).picks().size());

		model.setService("findes-ikke");
		SamplingException missing = assertThrows(SamplingException.class,
				() -> ConceptSampling.draw(custom, "egen", "2018Q3", FROM, TO, "x", false, population));
		assertTrue(missing.getMessage().contains("findes-ikke"), missing.getMessage());
	}

	@Test
	void anUnknownModelIsNamedWithTheModelsThereAre() {
		SamplingException e = assertThrows(SamplingException.class, () -> draw("model9", "x"));
		assertTrue(e.getMessage().contains("model9") && e.getMessage().contains("model3"), e.getMessage());
	}
}
