package dk.tilsyn.store.internal;

import java.util.Map;
import java.util.TreeMap;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.Review;

/**
 * One answer as the store keeps it (a row of table answer, one side of an audit-trail entry):
 * the ja/nej value's literal, the comment, the text of an answer of another kind. Null where
 * there is none.
 */
record StoredAnswer(String value, String comment, String text) {
	/** No answer to a question. */
	static final StoredAnswer NONE = new StoredAnswer(null, null, null);

	/** The answers of a review that hold anything, by question id (an empty comment is none). */
	static Map<String, StoredAnswer> of(Review review) {
		Map<String, StoredAnswer> answers = new TreeMap<>();
		for (Answer answer : review.getAnswers()) {
			String comment = answer.getComment() == null || answer.getComment().isEmpty() ? null : answer.getComment();
			if (answer.isSetValue() || comment != null || answer.getText() != null) {
				answers.put(answer.getQuestionId(), new StoredAnswer(
						answer.isSetValue() ? answer.getValue().getLiteral() : null, comment, answer.getText()));
			}
		}
		return answers;
	}
}
