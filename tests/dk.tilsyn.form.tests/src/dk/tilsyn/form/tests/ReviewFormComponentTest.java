package dk.tilsyn.form.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.form.ReviewForm;
import dk.tilsyn.form.SaveRefusedException;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.DeadlineVerdict;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.VerdictKind;

/**
 * The form on its own, without a store: what it is given (a concept, a review's answers and
 * verdicts, the case's facts) and what it hands back (the checked review, to a saver). In a real
 * SWT window, under Xvfb in the build; Danish, as the tests run.
 */
class ReviewFormComponentTest {
	private final InstalledConcept concept = new Kk2018Concept();
	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private ReviewForm show(Review review, dk.tilsyn.form.ReviewSaver saver) {
		ReviewForm form = new ReviewForm(shell, concept, review, saver);
		shell.setSize(1100, 820);
		shell.open();
		while (display.readAndDispatch()) {
			// lay out
		}
		return form;
	}

	private static Review review(String stage) {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId("kk2018");
		review.setCaseId("S-1");
		review.setStage(stage);
		review.setLevel(1);
		return review;
	}

	private static DeadlineVerdict verdict(String rule, String law, LocalDateTime due, VerdictKind kind,
			String derivation) {
		DeadlineVerdict verdict = ReviewFactory.eINSTANCE.createDeadlineVerdict();
		verdict.setRuleId(rule);
		verdict.setLaw(law);
		verdict.setDue(due);
		verdict.setVerdict(kind);
		verdict.setDerivation(derivation);
		return verdict;
	}

	@Test
	void theCaseVerdictsAreShownWithTheQuestionsTheyProposeAnswersFor() {
		Review review = review("underretning");
		String derivation = "underretning_modtaget 2017-03-03 16:40 + 24 timer = 2017-03-04 16:40; "
				+ "underretning_vurderet 2017-03-06 09:00 → overskredet";
		review.getVerdicts().add(verdict("underretning_24t", "SEL § 155 stk. 2", LocalDateTime.of(2017, 3, 4, 16, 40),
				VerdictKind.MISSED, derivation));
		review.getVerdicts().add(verdict("kvittering_6hverdage", "SEL § 155 b",
				LocalDate.of(2017, 3, 13).atTime(Verdict.END_OF_DAY), VerdictKind.NOT_YET_DUE, "…"));
		review.getVerdicts().add(verdict("handleplan_4m", "SEL § 68 b", null, VerdictKind.NOT_EVALUABLE, "…"));
		ReviewForm form = show(review, null);

		assertEquals("Frist underretning_24t (SEL § 155 stk. 2) · overskredet · senest 2017-03-04 16:40 · foreslår Nej",
				form.verdictOf("u01"));
		assertEquals(derivation, form.derivationOf("u01"), "the derivation is the verdict's tooltip");
		assertEquals("Frist kvittering_6hverdage (SEL § 155 b) · endnu ikke forfalden · senest 2017-03-13",
				form.verdictOf("u04"), "a due day without a time; not yet due proposes nothing");
		assertNull(form.verdictOf("u03"), "u03 is linked to no rule");
		assertNull(form.valueOf("u01"), "the verdict proposes; the reviewer answers");
		for (int i = 1; i <= 9; i++) {
			String line = form.verdictOf("u0" + i);
			assertFalse(line != null && line.contains("handleplan_4m"), "a rule no question here links to: " + line);
		}
	}

	@Test
	void withoutVerdictsTheQuestionsShowNone() {
		ReviewForm form = show(review("underretning"), null);
		assertNull(form.verdictOf("u01"));
		assertNull(form.derivationOf("u01"));
	}

	@Test
	void withoutASaverTheAnswersAreOnlyChecked() {
		Review review = review("underretning");
		ReviewForm form = show(review, null);
		form.answer("u01", AnswerValue.NO);
		assertTrue(form.save(), form.status());
		assertTrue(form.status().startsWith("Svarene passer til konceptet"), form.status());
		assertTrue(review.getAnswers().isEmpty(), "nothing is kept");
		assertTrue(form.hasUnsavedChanges());
	}

	@Test
	void theSaverGetsTheCheckedReviewAndARefusalKeepsTheAnswers() {
		Review review = review("underretning");
		List<List<String>> handed = new ArrayList<>();
		boolean[] refuse = { true };
		ReviewForm form = show(review, checked -> {
			handed.add(checked.getAnswers().stream().map(a -> a.getQuestionId()).toList());
			if (refuse[0]) {
				throw new SaveRefusedException("Gemt af kollega i mellemtiden", null);
			}
			checked.setVersion(checked.getVersion() + 1);
			return "testlageret";
		});
		form.answer("u01", AnswerValue.NO);
		form.answer("u02", AnswerValue.YES);

		assertFalse(form.save());
		assertEquals("Gemt af kollega i mellemtiden", form.status());
		assertEquals(AnswerValue.YES, form.valueOf("u02"), "nothing the reviewer gave is lost");
		assertTrue(review.getAnswers().isEmpty());

		refuse[0] = false;
		assertTrue(form.save(), form.status());
		assertTrue(form.status().contains("testlageret"), form.status());
		assertEquals(List.of(List.of("u01", "u02"), List.of("u01", "u02")), handed, "the checked answers, twice");
		assertEquals(List.of("u01", "u02"), review.getAnswers().stream().map(a -> a.getQuestionId()).toList());
		assertEquals(1, review.getVersion(), "the version the saver set");
		assertFalse(form.hasUnsavedChanges());
	}

	@Test
	void theCaseFactsDecideConditionsOnTheChild() {
		ReviewForm form = show(review("handleplan_anbringelse"), null);
		assertTrue(form.isAsked("ha05"), "without a case a condition on its facts holds");
		form.setCase(child(LocalDate.of(2010, 1, 2)));
		assertFalse(form.isAsked("ha05"), "14 years old when the placement was decided");
		form.setCase(child(LocalDate.of(2007, 1, 2)));
		assertTrue(form.isAsked("ha05"), "17 years old");
	}

	private static Case child(LocalDate birth) {
		Case c = ReviewFactory.eINSTANCE.createCase();
		c.setId("S-1");
		c.setUnit("Nord");
		c.setCaseworker("SB1");
		c.setBirthDate(birth);
		CaseEvent decision = ReviewFactory.eINSTANCE.createCaseEvent();
		decision.setName("foranstaltning_afgjort");
		decision.setDate(LocalDate.of(2024, 2, 1));
		decision.setValue("anbringelse");
		c.getEvents().add(decision);
		return c;
	}
}
