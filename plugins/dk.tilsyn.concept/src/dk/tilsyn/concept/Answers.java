package dk.tilsyn.concept;

import java.util.Map;
import java.util.Objects;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;

/** The answers given so far in one review, as the generated conditions read them. */
@FunctionalInterface
public interface Answers {

	/** The answer to a question, or null when it is not answered. */
	AnswerValue valueOf(String questionId);

	default boolean is(String questionId, AnswerValue value) {
		return Objects.equals(valueOf(questionId), value);
	}

	static Answers of(Review review) {
		return questionId -> {
			for (Answer answer : review.getAnswers()) {
				if (questionId.equals(answer.getQuestionId()) && answer.isSetValue()) {
					return answer.getValue();
				}
			}
			return null;
		};
	}

	static Answers of(Map<String, AnswerValue> answers) {
		return answers::get;
	}
}
