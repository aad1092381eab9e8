package dk.tilsyn.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.report.ComplianceReport;
import dk.tilsyn.report.QuestionCompliance;

class ComplianceReportTest {
	private final Kk2018Concept concept = new Kk2018Concept();

	private static Review review(String conceptId, int n, AnswerValue value) {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId(conceptId);
		review.setCaseId("S-" + n);
		review.setStage("underretning");
		Answer answer = ReviewFactory.eINSTANCE.createAnswer();
		answer.setQuestionId("u03");
		answer.setValue(value);
		review.getAnswers().add(answer);
		return review;
	}

	private static List<Review> reviews(String conceptId, int yes, int no, int notRelevant) {
		List<Review> reviews = new ArrayList<>();
		for (int i = 0; i < yes + no + notRelevant; i++) {
			reviews.add(review(conceptId, i,
					i < yes ? AnswerValue.YES : i < yes + no ? AnswerValue.NO : AnswerValue.NOT_RELEVANT));
		}
		return reviews;
	}

	private QuestionCompliance journal(ComplianceReport report) {
		return report.rows().stream().filter(r -> r.questionId().equals("u03")).findFirst().orElseThrow();
	}

	@Test
	void notRelevantIsLeftOutOfTheDenominator() {
		QuestionCompliance row = journal(ComplianceReport.of(concept, reviews("kk2018", 17, 1, 2)));
		assertEquals(17, row.yes());
		assertEquals(1, row.no());
		assertEquals(2, row.notRelevant());
		assertEquals(18, row.denominator());
		assertEquals(17.0 / 18, row.share().getAsDouble(), 1e-12);
		assertEquals("94%", row.percent());
	}

	@Test
	void aQuestionNobodyAnsweredYesOrNoHasNoShare() {
		ComplianceReport report = ComplianceReport.of(concept, reviews("kk2018", 0, 0, 3));
		assertFalse(journal(report).share().isPresent());
		assertEquals("–", journal(report).percent());
		assertTrue(report.toCsv().contains("u03,Er underretningen registreret i journalen og dokumenttilknyttet?,0,0,3,\n"));
	}

	@Test
	void everyQuestionOfTheConceptHasARowInItsOrder() {
		ComplianceReport report = ComplianceReport.of(concept, List.of());
		assertEquals(79, report.rows().size());
		assertEquals("u01", report.rows().get(0).questionId());
		assertEquals("of09", report.rows().get(78).questionId());
	}

	@Test
	void reviewsOfAnotherConceptAreNotCounted() {
		assertEquals(0, journal(ComplianceReport.of(concept, reviews("other", 5, 5, 0))).denominator());
	}
}
