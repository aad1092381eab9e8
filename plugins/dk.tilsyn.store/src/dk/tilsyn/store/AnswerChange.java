package dk.tilsyn.store;

import java.time.LocalDateTime;

/**
 * One entry of the append-only audit trail of a review: an answer (or, with a null question,
 * the review's status) changed from old to new, by whom, when, why, in which saved version.
 */
public record AnswerChange(int version, String questionId, String oldValue, String newValue, String oldComment,
		String newComment, String changedBy, LocalDateTime changedAt, String reason) {
}
