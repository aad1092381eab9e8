package dk.tilsyn.sampling.tests;

import static dk.tilsyn.sampling.tests.Fixtures.aCase;
import static dk.tilsyn.sampling.tests.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.tilsyn.model.Case;
import dk.tilsyn.sampling.DrawRequest;
import dk.tilsyn.sampling.Exclusion;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.ModelSpec.DecisionRule;
import dk.tilsyn.sampling.ModelSpec.DecisionType;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.Sampler;

/** Ankestyrelsen's selection: newest decision first before the cut-off, with its exclusions. */
class DecisionRuleTest {
	private static final LocalDate CUTOFF = LocalDate.of(2017, 9, 30);
	private static final String PLACEMENT = "SEL § 52, stk. 3, nr. 7";
	private static final String SUPPORT = "SEL § 52, stk. 3, nr. 3";
	private static final ModelSpec RULE = ModelSpec.ofRule("ankestyrelsen",
			new DecisionRule(CUTOFF, "afgoerelse", Period.ofYears(1),
					List.of(new DecisionType(PLACEMENT, 2), new DecisionType(SUPPORT, 1)), null,
					List.of("ankestyrelsen_behandlet"), 0, 17, true));

	private static Case decided(String id, LocalDate birth, String sibling, String type, LocalDate on, String... flags) {
		Case c = aCase(id, "A", birth, sibling, flags);
		event(c, "afgoerelse", on, type);
		return c;
	}

	private static List<Case> cases() {
		LocalDate child = LocalDate.of(2010, 1, 1);
		return List.of(
				decided("K-01", child, null, PLACEMENT, CUTOFF.minusDays(1)), // newest but excluded: flag
				decided("K-02", child, null, PLACEMENT, CUTOFF.minusDays(1), "ankestyrelsen_behandlet"),
				decided("K-03", child, null, PLACEMENT, CUTOFF.plusDays(1)), // after the cut-off
				decided("K-04", child, null, PLACEMENT, CUTOFF.minusDays(10)),
				decided("K-05", child, null, PLACEMENT, CUTOFF.minusDays(10)), // a tie with K-04: case id decides
				decided("K-06", LocalDate.of(1999, 1, 1), null, PLACEMENT, CUTOFF.minusDays(2)), // 18 on the cut-off
				decided("K-07", LocalDate.of(2005, 5, 5), "F1", PLACEMENT, CUTOFF.minusDays(3)), // younger sibling
				decided("K-08", LocalDate.of(2003, 3, 3), "F1", SUPPORT, CUTOFF.minusDays(300)), // the eldest
				decided("K-09", child, null, SUPPORT, CUTOFF.minusYears(1)), // a year before: outside the window
				decided("K-10", child, null, SUPPORT, CUTOFF.minusDays(100)),
				decided("K-11", null, null, PLACEMENT, CUTOFF.minusDays(1))); // age unknown
	}

	private static Sample draw(List<Case> cases) {
		return Sampler.draw(RULE, new DrawRequest("kk2018", "2018.1", "ANK2017", LocalDate.of(2017, 7, 1), CUTOFF,
				"000", false, cases, Fixtures.STAGES));
	}

	@Test
	void newestDecisionFirstBeforeTheCutOffWithinTheYear() {
		Sample sample = draw(cases());
		List<Pick> picks = sample.level(1).picks();
		assertEquals(List.of("K-01", "K-04", "K-10"), picks.stream().map(p -> p.unit().caseId()).toList());
		assertEquals(List.of(PLACEMENT, PLACEMENT, SUPPORT), picks.stream().map(Pick::stratum).toList());
		assertEquals(CUTOFF.minusDays(1).toString(), picks.get(0).rank(), "the rank column is the decision date");
	}

	@Test
	void exclusionsAreRecordedWithTheirReasons() {
		Map<String, Exclusion> excluded = draw(cases()).audit().exclusions().stream()
				.collect(Collectors.toMap(Exclusion::caseId, e -> e));
		assertEquals(Exclusion.Reason.FLAG, excluded.get("K-02").reason());
		assertEquals("ankestyrelsen_behandlet", excluded.get("K-02").detail());
		assertEquals(Exclusion.Reason.AGE, excluded.get("K-06").reason());
		assertEquals("18", excluded.get("K-06").detail());
		assertEquals(Exclusion.Reason.NOT_ELDEST_SIBLING, excluded.get("K-07").reason());
		assertEquals("K-08", excluded.get("K-07").detail());
		assertEquals(Exclusion.Reason.BIRTH_DATE_UNKNOWN, excluded.get("K-11").reason());
		assertEquals(4, excluded.size(), "cases outside the window are simply not candidates");
		String json = draw(cases()).audit().toJson();
		assertTrue(json.contains("\"reason\": \"not_eldest_sibling\""), json);
	}

	@Test
	void theSelectionIsDeterministicWhateverTheOrder() {
		List<Case> shuffled = new ArrayList<>(cases());
		Collections.shuffle(shuffled, new Random(3));
		assertEquals(draw(cases()).toCsv(), draw(shuffled).toCsv());
		assertEquals(draw(cases()).audit().toJson(), draw(shuffled).audit().toJson());
	}

	@Test
	void aShortTypeIsRecordedAsAShortfall() {
		Sample sample = draw(cases().subList(0, 3));
		assertEquals(1, sample.audit().levels().get(0).strata().get(0).picked());
		assertEquals(1, sample.audit().levels().get(0).strata().get(0).shortfall());
		assertEquals(1, sample.audit().levels().get(0).strata().get(1).shortfall());
	}

	@Test
	void theCsvQuotesTheDecisionType() {
		assertTrue(draw(cases()).toCsv().contains("1,\"SEL § 52, stk. 3, nr. 7\",K-01,afgoerelse,2017-09-29\n"));
	}
}
