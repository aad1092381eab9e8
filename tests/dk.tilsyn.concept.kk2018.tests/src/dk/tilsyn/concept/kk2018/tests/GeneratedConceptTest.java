package dk.tilsyn.concept.kk2018.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.concept.ReviewValidator;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;

/** The concept plugin as the build generated it from concept/kk2018.tilsyn. */
class GeneratedConceptTest {
	private final InstalledConcept concept = new Kk2018Concept();

	private static Review review(Map<String, AnswerValue> answers) {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId("kk2018");
		review.setCaseId("S-1");
		review.setStage("underretning");
		answers.forEach((question, value) -> {
			Answer answer = ReviewFactory.eINSTANCE.createAnswer();
			answer.setQuestionId(question);
			answer.setValue(value);
			review.getAnswers().add(answer);
		});
		return review;
	}

	@Test
	void theCompiledConceptHasTheUnderretningQuestions() {
		assertEquals("kk2018", concept.model().getName());
		assertEquals(9, concept.stage("underretning").orElseThrow().getQuestions().size());
		assertEquals("Er 24 timers frist overholdt?", concept.question("u01").orElseThrow().getText());
		assertEquals("u01 = nej", Conditions.toText(concept.question("u02").orElseThrow().getCondition()));
		assertEquals(6, concept.stages().size());
		assertEquals(79, concept.stages().stream().mapToInt(s -> s.getQuestions().size()).sum());
		assertEquals("underretning_24t", concept.question("u01").orElseThrow().getRule().getName(),
				"a rule of the imported library is linked in the compiled concept");
		assertEquals("SEL", concept.question("u01").orElseThrow().getRule().getDefinitions().get(0).getSection()
				.getLaw().getName());
	}

	@Test
	void theConceptIsFoundAsAnInstalledService() {
		assertTrue(InstalledConcepts.byId("kk2018").isPresent(), "found: " + InstalledConcepts.all());
	}

	@Test
	void aFollowUpQuestionIsAskedOnlyWhenItsConditionHolds() {
		ReviewValidator validator = concept.validator();
		assertFalse(validator.isAsked("u02", Answers.of(Map.of())));
		assertFalse(validator.isAsked("u02", Answers.of(Map.of("u01", AnswerValue.YES))));
		assertTrue(validator.isAsked("u02", Answers.of(Map.of("u01", AnswerValue.NO))));
		assertTrue(validator.isAsked("u03", Answers.of(Map.of())));
	}

	@Test
	void anAnswerToAQuestionWhoseConditionDoesNotHoldIsRejected() {
		Diagnostic result = concept.validator()
				.validate(review(Map.of("u01", AnswerValue.YES, "u02", AnswerValue.NO)));
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertEquals(1, result.getChildren().size());
		assertEquals(ReviewValidator.CONDITION_NOT_MET, result.getChildren().get(0).getCode());
		assertTrue(result.getChildren().get(0).getMessage().contains("u02"));
	}

	@Test
	void theSameAnswerIsAcceptedWhenTheConditionHolds() {
		Diagnostic result = concept.validator()
				.validate(review(Map.of("u01", AnswerValue.NO, "u02", AnswerValue.NO)));
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
	}

	@Test
	void anAnswerToAnUnknownQuestionIsRejected() {
		Diagnostic result = concept.validator().validate(review(Map.of("no_such_question", AnswerValue.YES)));
		assertEquals(ReviewValidator.UNKNOWN_QUESTION, result.getChildren().get(0).getCode());
	}
}
