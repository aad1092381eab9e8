package dk.tilsyn.concept.kk2018.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.ConceptRules;
import dk.tilsyn.concept.DeadlineAnswers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.ReviewValidator;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.deadlines.Deadlines;
import dk.tilsyn.deadlines.DueOptions;
import dk.tilsyn.deadlines.Duration;
import dk.tilsyn.deadlines.Requirement;
import dk.tilsyn.deadlines.Rounding;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.RuleVersion;
import dk.tilsyn.deadlines.TimeUnit;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.deadlines.Verdict.Kind;
import dk.tilsyn.deadlines.Window;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.VerdictKind;

/** The reference rules (library lovgrundlag) as the engine sees them, under both law versions. */
class ConceptRulesTest {
	private static final LocalDateTime AS_OF = LocalDateTime.of(2026, 1, 1, 12, 0);
	private final InstalledConcept concept = new Kk2018Concept();
	private final Deadlines engine = new Deadlines();

	private Rule rule(String id) {
		return concept.rule(id).orElseThrow();
	}

	private static Case aCase(LocalDate birth, List<String> flags, String... events) {
		Case c = ReviewFactory.eINSTANCE.createCase();
		c.setId("S-1");
		c.setUnit("Amager");
		c.setCaseworker("SB101");
		c.setBirthDate(birth);
		c.getFlags().addAll(flags);
		for (String text : events) {
			String[] parts = text.split(" ");
			CaseEvent e = ReviewFactory.eINSTANCE.createCaseEvent();
			e.setName(parts[0]);
			if (parts[1].contains("T")) {
				LocalDateTime at = LocalDateTime.parse(parts[1]);
				e.setDate(at.toLocalDate());
				e.setTime(at.toLocalTime());
			} else {
				e.setDate(LocalDate.parse(parts[1]));
			}
			if (parts.length > 2) {
				e.setValue(parts[2]);
			}
			c.getEvents().add(e);
		}
		return c;
	}

	private Verdict check(String ruleId, Case c) {
		return engine.evaluate(rule(ruleId), ConceptRules.facts(c), AS_OF);
	}

	@Test
	void allEightRulesWithAVersionPerLaw() {
		List<Rule> rules = concept.rules();
		assertEquals(List.of("underretning_24t", "kvittering_6hverdage", "undersoegelse_4m", "handleplan_foer_afgoerelse",
				"handleplan_4m", "opfoelgning_3m_6m", "personrettet_tilsyn_2_aarligt", "boernesamtale_foer_afgoerelse"),
				rules.stream().map(Rule::id).toList());
		for (Rule rule : rules) {
			assertEquals(List.of("SEL", "BL"), rule.versions().stream().map(v -> v.law().id()).toList(), rule.id());
			assertEquals(LocalDate.of(2023, 12, 31), rule.versions().get(0).law().validTo());
			assertNull(rule.versions().get(0).law().validFrom());
			assertEquals(LocalDate.of(2024, 1, 1), rule.versions().get(1).law().validFrom());
		}
	}

	@Test
	void requirementsMapOneToOne() {
		RuleVersion sel = rule("underretning_24t").versions().get(0);
		assertEquals("§ 155 stk. 2", sel.section());
		assertEquals(new Requirement.Deadline("underretning_modtaget", "underretning_vurderet",
				Duration.of(24, TimeUnit.HOURS), new DueOptions(Rounding.ERROR, false, java.util.Set.of())), sel.requirement());
		RuleVersion receipt = rule("kvittering_6hverdage").versions().get(0);
		assertEquals("§ 155 b", receipt.section());
		assertEquals("flag professionel_underretter", receipt.condition());
		assertEquals(Duration.of(6, TimeUnit.WORKING_DAYS), ((Requirement.Deadline) receipt.requirement()).duration());
		assertEquals(new Requirement.Deadline("undersoegelse_besluttet", "undersoegelse_afsluttet",
				Duration.of(4, TimeUnit.MONTHS), DueOptions.rounding(Rounding.DOWN)),
				rule("undersoegelse_4m").versions().get(1).requirement());
		assertEquals("§ 20 stk. 3", rule("undersoegelse_4m").versions().get(1).section());
		assertEquals(new Requirement.Before("handleplan_udarbejdet", "foranstaltning_afgjort"),
				rule("handleplan_foer_afgoerelse").versions().get(0).requirement());
		assertEquals(new Requirement.Deadline("foranstaltning_afgjort", "handleplan_udarbejdet",
				Duration.of(3, TimeUnit.MONTHS), DueOptions.rounding(Rounding.DOWN)),
				rule("handleplan_foer_afgoerelse").versions().get(1).requirement());
		assertEquals(new Requirement.Recurring("foranstaltning_ivaerksat", "opfoelgning", Duration.of(3, TimeUnit.MONTHS),
				Duration.of(6, TimeUnit.MONTHS), null, DueOptions.rounding(Rounding.DOWN)),
				rule("opfoelgning_3m_6m").versions().get(0).requirement());
		assertEquals(new Requirement.Recurring("foranstaltning_ivaerksat", "opfoelgning", Duration.of(3, TimeUnit.MONTHS),
				Duration.of(6, TimeUnit.MONTHS), "opfoelgningsrytme_besluttet", DueOptions.rounding(Rounding.DOWN)),
				rule("opfoelgning_3m_6m").versions().get(1).requirement());
		assertEquals(new Requirement.Frequency("foranstaltning_ivaerksat", 2, "tilsynsbesoeg", Window.PLACEMENT_YEAR),
				rule("personrettet_tilsyn_2_aarligt").versions().get(1).requirement());
		assertEquals("§ 156 stk. 5", rule("personrettet_tilsyn_2_aarligt").versions().get(1).section());
	}

	@Test
	void conditionsReadTheCaseFacts() {
		assertEquals(Kind.NOT_APPLICABLE, check("kvittering_6hverdage",
				aCase(null, List.of(), "underretning_modtaget 2023-05-01T10:00")).kind());
		assertEquals(Kind.MET, check("kvittering_6hverdage", aCase(null, List.of("professionel_underretter"),
				"underretning_modtaget 2023-05-01T10:00", "kvittering_sendt 2023-05-10")).kind());
		// placement supervision applies to anbringelser only
		assertEquals(Kind.NOT_APPLICABLE, check("personrettet_tilsyn_2_aarligt", aCase(null, List.of(),
				"foranstaltning_afgjort 2020-01-01 forebyggende", "foranstaltning_ivaerksat 2020-01-15 forebyggende")).kind());
		assertEquals(Kind.MISSED, check("personrettet_tilsyn_2_aarligt", aCase(null, List.of(),
				"foranstaltning_afgjort 2020-01-01 anbringelse", "foranstaltning_ivaerksat 2020-01-15 anbringelse")).kind());
		// børnesamtale: not for a child under 1 on the decision date
		assertEquals(Kind.NOT_APPLICABLE, check("boernesamtale_foer_afgoerelse",
				aCase(LocalDate.of(2019, 6, 1), List.of(), "foranstaltning_afgjort 2020-01-01 anbringelse")).kind());
		assertEquals(Kind.MISSED, check("boernesamtale_foer_afgoerelse",
				aCase(LocalDate.of(2015, 6, 1), List.of(), "foranstaltning_afgjort 2020-01-01 anbringelse")).kind());
		// SEL handleplan_4m: only when the plan was not made before the decision
		assertEquals(Kind.NOT_APPLICABLE, check("handleplan_4m", aCase(null, List.of(),
				"foranstaltning_afgjort 2020-01-01 forebyggende", "handleplan_udarbejdet 2019-12-20",
				"foranstaltning_ivaerksat 2020-01-15 forebyggende")).kind());
		assertEquals(Kind.MET, check("handleplan_4m", aCase(null, List.of(),
				"foranstaltning_afgjort 2020-01-01 forebyggende", "handleplan_udarbejdet 2020-05-15",
				"foranstaltning_ivaerksat 2020-01-15 forebyggende")).kind());
	}

	@Test
	void anchorsOn31December2023And1January2024SwitchTheLaw() {
		Case sel = aCase(null, List.of(), "foranstaltning_afgjort 2023-12-31 forebyggende",
				"foranstaltning_ivaerksat 2024-01-10 forebyggende", "handleplan_udarbejdet 2024-03-15");
		Verdict before = check("handleplan_foer_afgoerelse", sel);
		assertEquals("SEL", before.law());
		assertEquals(Kind.MISSED, before.kind());
		// SEL's anchor (iværksat 2024-01-10) falls under Barnets Lov, whose anchor (the decision,
		// 2023-12-31) falls under Serviceloven: no version is in force on its own anchor date
		Verdict plan = check("handleplan_4m", sel);
		assertEquals(Kind.NOT_EVALUABLE, plan.kind());
		assertEquals("ingen lovversion af reglen gælder for foranstaltning_ivaerksat 2024-01-10 → kan ikke vurderes",
				plan.derivationDa());
		Case bl = aCase(null, List.of(), "foranstaltning_afgjort 2024-01-01 forebyggende",
				"foranstaltning_ivaerksat 2024-01-10 forebyggende", "handleplan_udarbejdet 2024-03-15");
		Verdict after = check("handleplan_foer_afgoerelse", bl);
		assertEquals("BL", after.law());
		assertEquals("§ 91", after.section());
		assertEquals(Kind.MET, after.kind());
		assertEquals(LocalDate.of(2024, 4, 1).atTime(Verdict.END_OF_DAY), after.due());
		// 24 hours: the law by the receipt's date
		assertEquals("SEL", check("underretning_24t", aCase(null, List.of(), "underretning_modtaget 2023-12-31T23:00",
				"underretning_vurderet 2024-01-01T10:00")).law());
		assertEquals("BL", check("underretning_24t", aCase(null, List.of(), "underretning_modtaget 2024-01-01T00:00",
				"underretning_vurderet 2024-01-01T10:00")).law());
	}

	@Test
	void theRecordedRhythmUnderBarnetsLov() {
		Case c = aCase(null, List.of(), "foranstaltning_afgjort 2024-02-01 forebyggende",
				"foranstaltning_ivaerksat 2024-02-15 forebyggende", "opfoelgning 2024-05-01",
				"opfoelgningsrytme_besluttet 2024-05-01 3", "opfoelgning 2024-10-01");
		Verdict v = check("opfoelgning_3m_6m", c);
		assertEquals(Kind.MISSED, v.kind(), v.derivationDa());
		assertEquals(LocalDate.of(2024, 8, 1).atTime(Verdict.END_OF_DAY), v.due());
	}

	@Test
	void answersAreProposedFromVerdicts() {
		Case late = aCase(null, List.of(), "underretning_modtaget 2017-03-03T16:40", "underretning_vurderet 2017-03-06T09:00");
		var proposal = DeadlineAnswers.propose(concept, "u01", late, AS_OF).orElseThrow();
		assertEquals(AnswerValue.NO, proposal.value());
		assertEquals("underretning_modtaget 2017-03-03 16:40 + 24 timer = 2017-03-04 16:40; "
				+ "underretning_vurderet 2017-03-06 09:00 → overskredet", proposal.derivation(Locale.forLanguageTag("da")));
		Case inTime = aCase(null, List.of(), "underretning_modtaget 2017-03-03T16:40", "underretning_vurderet 2017-03-04T09:00");
		assertEquals(AnswerValue.YES, DeadlineAnswers.propose(concept, "u01", inTime, AS_OF).orElseThrow().value());
		assertEquals(AnswerValue.NOT_RELEVANT,
				DeadlineAnswers.propose(concept, "u04", inTime, AS_OF).orElseThrow().value(), "not a professional notifier");
		Case dateOnly = aCase(null, List.of(), "underretning_modtaget 2017-03-03");
		assertTrue(DeadlineAnswers.propose(concept, "u01", dateOnly, AS_OF).isEmpty(), "not evaluable: no proposal");
		Case fresh = aCase(null, List.of(), "underretning_modtaget 2025-12-31T20:00");
		assertTrue(DeadlineAnswers.propose(concept, "u01", fresh, AS_OF).isEmpty(), "not yet due: no proposal");
		assertTrue(DeadlineAnswers.propose(concept, "u03", inTime, AS_OF).isEmpty(), "u03 has no rule");
		var model = DeadlineAnswers.toModel(proposal.verdict(), Locale.ENGLISH);
		assertEquals(VerdictKind.MISSED, model.getVerdict());
		assertEquals("SEL § 155 stk. 2", model.getLaw());
		assertTrue(model.getDerivation().endsWith("→ missed"));
	}

	@Test
	void theValidatorFlagsAnAnswerThatContradictsTheVerdict() {
		Case late = aCase(null, List.of(), "underretning_modtaget 2017-03-03T16:40", "underretning_vurderet 2017-03-06T09:00");
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId("kk2018");
		review.setCaseId("S-1");
		review.setStage("underretning");
		Answer answer = ReviewFactory.eINSTANCE.createAnswer();
		answer.setQuestionId("u01");
		answer.setValue(AnswerValue.YES);
		review.getAnswers().add(answer);
		ReviewValidator validator = concept.validator();
		assertEquals(Diagnostic.OK, validator.validate(review).getSeverity(), "without the case: nothing to compare");
		Diagnostic diagnostic = validator.validate(review, late, AS_OF);
		assertEquals(Diagnostic.WARNING, diagnostic.getSeverity());
		Diagnostic flagged = diagnostic.getChildren().get(0);
		assertEquals(ReviewValidator.CONTRADICTS_DEADLINE, flagged.getCode());
		assertInstanceOf(Verdict.class, flagged.getData().get(1));
		assertTrue(flagged.getMessage().contains("underretning_24t"), flagged.getMessage());
		answer.setValue(AnswerValue.NO);
		assertEquals(Diagnostic.OK, validator.validate(review, late, AS_OF).getSeverity());
		assertFalse(validator.validate(review, late, AS_OF).getChildren().size() > 0);
	}
}
