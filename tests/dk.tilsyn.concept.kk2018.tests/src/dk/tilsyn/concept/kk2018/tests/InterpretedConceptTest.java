package dk.tilsyn.concept.kk2018.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.InterpretedConcept;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.population.SyntheticPopulation;

/**
 * The editor's preview interprets conditions; the review application runs the generated ones.
 * Both must ask the same questions for every answer set and case.
 */
class InterpretedConceptTest {
	private final InstalledConcept generated = new Kk2018Concept();
	private final InstalledConcept interpreted = new InterpretedConcept(generated.model());

	@Test
	void interpretedConditionsAgreeWithTheGeneratedValidator() {
		List<Case> cases = new SyntheticPopulation(11).referenceCases(300, LocalDate.of(2022, 1, 1),
				LocalDate.of(2024, 12, 31));
		List<Question> questions = generated.stages().stream().flatMap(s -> s.getQuestions().stream()).toList();
		AnswerValue[] values = { null, AnswerValue.YES, AnswerValue.NO, AnswerValue.NOT_RELEVANT };
		Random random = new Random(20261124);
		int askedDiffers = 0;
		int compared = 0;
		for (int round = 0; round < 600; round++) {
			Review review = ReviewFactory.eINSTANCE.createReview();
			for (Question q : questions) {
				AnswerValue value = values[random.nextInt(values.length)];
				if (value != null) {
					Answer answer = ReviewFactory.eINSTANCE.createAnswer();
					answer.setQuestionId(q.getName());
					answer.setValue(value);
					review.getAnswers().add(answer);
				}
			}
			Case theCase = round % 3 == 0 ? null : cases.get(random.nextInt(cases.size()));
			var answers = dk.tilsyn.concept.Answers.of(review, theCase);
			for (Question q : questions) {
				boolean expected = generated.validator().isAsked(q.getName(), answers);
				assertEquals(expected, interpreted.validator().isAsked(q.getName(), answers),
						() -> q.getName() + " in round with case " + (theCase == null ? "unknown" : theCase.getId()));
				compared++;
				if (expected != generated.validator().isAsked(q.getName(), dk.tilsyn.concept.Answers.of(review))) {
					askedDiffers++;
				}
			}
		}
		assertEquals(600 * questions.size(), compared);
		assertTrue(askedDiffers > 0, "the cases must change some answers (ages), or the comparison says little");
	}

	@Test
	void aFollowUpIsAskedOnlyAfterTheAnswerItDependsOn() {
		var none = dk.tilsyn.concept.Answers.of(java.util.Map.of());
		var no = dk.tilsyn.concept.Answers.of(java.util.Map.of("u01", AnswerValue.NO));
		assertFalse(interpreted.validator().isAsked("u02", none));
		assertTrue(interpreted.validator().isAsked("u02", no));
		assertTrue(interpreted.validator().isAsked("ha05", none), "an age condition holds while the case is unknown");
	}
}
