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
		assertEquals("Er 24 timers frist overholdt?", concept.question("u_frist_24t").orElseThrow().getText());
		assertEquals("u_frist_24t",
				concept.question("u_screening").orElseThrow().getCondition().getQuestion().getName());
	}

	@Test
	void theConceptIsFoundAsAnInstalledService() {
		assertTrue(InstalledConcepts.byId("kk2018").isPresent(), "found: " + InstalledConcepts.all());
	}

	@Test
	void aFollowUpQuestionIsAskedOnlyWhenItsConditionHolds() {
		ReviewValidator validator = concept.validator();
		assertFalse(validator.isAsked("u_screening", Answers.of(Map.of())));
		assertFalse(validator.isAsked("u_screening", Answers.of(Map.of("u_frist_24t", AnswerValue.YES))));
		assertTrue(validator.isAsked("u_screening", Answers.of(Map.of("u_frist_24t", AnswerValue.NO))));
		assertTrue(validator.isAsked("u_journal", Answers.of(Map.of())));
	}

	@Test
	void anAnswerToAQuestionWhoseConditionDoesNotHoldIsRejected() {
		Diagnostic result = concept.validator()
				.validate(review(Map.of("u_frist_24t", AnswerValue.YES, "u_screening", AnswerValue.NO)));
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertEquals(1, result.getChildren().size());
		assertEquals(ReviewValidator.CONDITION_NOT_MET, result.getChildren().get(0).getCode());
		assertTrue(result.getChildren().get(0).getMessage().contains("u_screening"));
	}

	@Test
	void theSameAnswerIsAcceptedWhenTheConditionHolds() {
		Diagnostic result = concept.validator()
				.validate(review(Map.of("u_frist_24t", AnswerValue.NO, "u_screening", AnswerValue.NO)));
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
	}

	@Test
	void anAnswerToAnUnknownQuestionIsRejected() {
		Diagnostic result = concept.validator().validate(review(Map.of("no_such_question", AnswerValue.YES)));
		assertEquals(ReviewValidator.UNKNOWN_QUESTION, result.getChildren().get(0).getCode());
	}
}
