package dk.tilsyn.concept.kk2018.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.ConceptRules;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.deadlines.Deadlines;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.Summary;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.population.SyntheticPopulation;

/** The synthetic population's reference events give every rule a realistic mix of verdicts. */
class ReferencePopulationTest {
	private final InstalledConcept concept = new Kk2018Concept();

	private static List<Case> population() {
		return new SyntheticPopulation(7).referenceCases(20_000, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30));
	}

	@Test
	void everyEventIsDeclaredAndNothingHappensAfterTheExport() {
		Set<String> declared = new HashSet<>();
		for (var root : concept.model().eResource().getContents()) {
			((Concept) root).getEvents().forEach(e -> declared.add(e.getName()));
		}
		Set<String> seen = new HashSet<>();
		Set<String> units = new HashSet<>();
		Set<String> caseworkers = new HashSet<>();
		for (Case c : population()) {
			units.add(c.getUnit());
			caseworkers.add(c.getCaseworker());
			for (CaseEvent e : c.getEvents()) {
				assertTrue(declared.contains(e.getName()), e.getName());
				assertTrue(!e.getDate().isAfter(LocalDate.of(2025, 6, 30)), c.getId() + " " + e.getName());
				seen.add(e.getName());
			}
		}
		seen.add("afgoerelse"); // the decision type's event belongs to sampling's generator
		assertEquals(declared, seen);
		assertEquals(6, units.size());
		assertTrue(caseworkers.size() >= 200 && caseworkers.size() <= 230, caseworkers.size() + " caseworkers");
	}

	@Test
	void everyRuleIsMetByMostAndMissedBySome() {
		List<Rule> rules = concept.rules();
		List<CaseFacts> facts = population().stream().map(ConceptRules::facts).toList();
		Summary summary = new Deadlines().summarize(rules, facts, LocalDateTime.of(2025, 7, 1, 0, 0));
		for (Summary.Row row : summary.rows()) {
			if (!row.unit().equals(Summary.ALL_UNITS)) {
				continue;
			}
			assertTrue(row.met() > 0 && row.missed() > 0, row.toString());
			assertTrue(row.shareMet() > 0.5 && row.shareMet() < 0.98, row.toString());
			if (row.rule().equals("underretning_24t")) {
				assertTrue(row.notEvaluable() > 0, "some receipts have no time of day: " + row);
			}
		}
	}

	@Test
	void theSameSeedGivesTheSamePopulation() {
		List<Case> a = new SyntheticPopulation(3).referenceCases(500, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
		List<Case> b = new SyntheticPopulation(3).referenceCases(500, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
		for (int i = 0; i < a.size(); i++) {
			assertEquals(ConceptRules.facts(a.get(i)).events(), ConceptRules.facts(b.get(i)).events());
		}
	}
}
