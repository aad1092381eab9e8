package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreConflictException;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreLocations;

class EmbeddedStoreTest {
	@TempDir
	Path folder;

	private String url() {
		return StoreLocations.embeddedUrl(folder.resolve("store"));
	}

	static Review review(String caseId, String reviewer) {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId("kk2018");
		review.setCaseId(caseId);
		review.setStage("underretning");
		review.setLevel(2);
		review.setReviewer(reviewer);
		return review;
	}

	static void answer(Review review, String questionId, AnswerValue value, String comment) {
		Answer answer = ReviewFactory.eINSTANCE.createAnswer();
		answer.setQuestionId(questionId);
		if (value != null) {
			answer.setValue(value);
		}
		answer.setComment(comment);
		review.getAnswers().add(answer);
	}

	@Test
	void aSavedReviewIsReadBackWithEveryAnswerAfterReopening() {
		try (ReviewStore store = ReviewStore.open(url())) {
			Review review = review("S-1", "ab");
			answer(review, "u_frist_24t", AnswerValue.NO, null);
			answer(review, "u_screening", AnswerValue.YES, "screenet dagen efter");
			answer(review, "u_journal", AnswerValue.NOT_RELEVANT, null);
			review.setStatus(ReviewStatus.SUBMITTED);
			store.save(review);
			assertEquals(1, review.getVersion());
		}
		assertTrue(Files.exists(folder.resolve("store.mv.db")), "the embedded store is a file in the given folder");
		try (ReviewStore store = ReviewStore.open(url())) {
			Review read = store.find("kk2018", "S-1", "underretning", 2).orElseThrow();
			assertEquals("ab", read.getReviewer());
			assertEquals(ReviewStatus.SUBMITTED, read.getStatus());
			assertEquals(1, read.getVersion());
			assertEquals(List.of("u_frist_24t=no", "u_journal=not_relevant", "u_screening=yes"),
					read.getAnswers().stream().map(a -> a.getQuestionId() + "=" + a.getValue().getLiteral()).toList());
			assertEquals("screenet dagen efter", read.getAnswers().get(2).getComment());
			assertTrue(store.find("kk2018", "S-1", "underretning", 1).isEmpty(), "another level is another review");
		}
	}

	@Test
	void savingAgainReplacesTheAnswersAndRaisesTheVersion() {
		try (ReviewStore store = ReviewStore.open(url())) {
			Review review = review("S-2", "ab");
			answer(review, "u_frist_24t", AnswerValue.NO, null);
			store.save(review);
			review.getAnswers().clear();
			answer(review, "u_frist_24t", AnswerValue.YES, null);
			store.save(review);
			Review read = store.find("kk2018", "S-2", "underretning", 2).orElseThrow();
			assertEquals(2, read.getVersion());
			assertEquals(1, read.getAnswers().size());
			assertEquals(AnswerValue.YES, read.getAnswers().get(0).getValue());
			assertEquals(1, store.reviews("kk2018").size());
			assertTrue(store.reviews("other").isEmpty());
		}
	}

	@Test
	void aSaveOverSomeoneElsesNewerSaveIsRefusedAndSaysWho() {
		try (ReviewStore store = ReviewStore.open(url())) {
			Review first = review("S-3", "ab");
			store.save(first);
			Review mine = store.find("kk2018", "S-3", "underretning", 2).orElseThrow();
			Review theirs = store.find("kk2018", "S-3", "underretning", 2).orElseThrow();
			theirs.setReviewer("cd");
			answer(theirs, "u_journal", AnswerValue.YES, null);
			store.save(theirs);
			answer(mine, "u_journal", AnswerValue.NO, null);
			StoreConflictException conflict = assertThrows(StoreConflictException.class, () -> store.save(mine));
			assertTrue(conflict.getMessage().contains("cd"), conflict.getMessage());
			Review kept = store.find("kk2018", "S-3", "underretning", 2).orElseThrow();
			assertEquals(AnswerValue.YES, kept.getAnswers().get(0).getValue(), "the first save is not lost");
		}
	}

	@Test
	void twoNewReviewsOfTheSameUnitConflict() {
		try (ReviewStore store = ReviewStore.open(url())) {
			store.save(review("S-4", "ab"));
			assertThrows(StoreConflictException.class, () -> store.save(review("S-4", "cd")));
		}
	}

	@Test
	void anUnsupportedUrlIsRefusedWithAMessage() {
		StoreException e = assertThrows(StoreException.class, () -> ReviewStore.open("jdbc:nosuch:x"));
		assertFalse(e.getMessage().isBlank());
		assertTrue(e.getMessage().contains("jdbc:nosuch:x"));
	}
}
