package dk.tilsyn.concept;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;

/**
 * What the generated conditions read: the answers given so far in one review and, when the
 * case is known, its facts (the child's age, flags, events). A condition on an unanswered
 * question does not hold.
 */
public interface Answers {

	/** The yes / no / not-relevant answer to a question, or null. */
	AnswerValue valueOf(String questionId);

	/** The answer to a question of another kind (option id, number, date, text), or null. */
	default String textOf(String questionId) {
		return null;
	}

	/** The case the review is about, when known. */
	default Optional<Case> theCase() {
		return Optional.empty();
	}

	default boolean is(String questionId, AnswerValue value) {
		return Objects.equals(valueOf(questionId), value);
	}

	/** Answered, and not with this value. */
	default boolean isNot(String questionId, AnswerValue value) {
		AnswerValue given = valueOf(questionId);
		return given != null && given != value;
	}

	/** Compares the answer of a question of another kind; numbers compare as numbers. */
	default boolean compare(String questionId, Comparison op, String value) {
		String given = textOf(questionId);
		if (given == null) {
			return false;
		}
		try {
			return holds(op, Integer.compare(Integer.parseInt(given.trim()), Integer.parseInt(value)));
		} catch (NumberFormatException notNumbers) {
			return op == Comparison.EQ ? given.equals(value) : op == Comparison.NE && !given.equals(value);
		}
	}

	default boolean knowsCase() {
		return theCase().isPresent();
	}

	/** The engine's view of the case (shared with the deadline rules' conditions), when known. */
	default Optional<CaseFacts> facts() {
		return theCase().map(ConceptRules::facts);
	}

	/**
	 * The child's age in whole years on the decision date (the case's foranstaltning_afgjort,
	 * or before any decision its latest event) compared with {@code years}; false when the
	 * birth date is not known.
	 */
	default boolean age(Comparison op, int years) {
		return facts().map(f -> f.age() >= 0 && holds(op, Integer.compare(f.age(), years))).orElse(false);
	}

	default boolean flag(String flag) {
		return theCase().map(c -> c.getFlags().contains(flag)).orElse(false);
	}

	default boolean event(String event) {
		return facts().map(f -> f.event(event)).orElse(false);
	}

	default boolean eventValue(String event, Comparison op, String value) {
		return facts().map(f -> op == Comparison.EQ ? f.eventValue(event, true, value)
				: op == Comparison.NE && f.eventValue(event, false, value)).orElse(false);
	}

	/** Both events happened, the first on or before the second's date. */
	default boolean eventBefore(String event, String other) {
		return facts().map(f -> f.eventBefore(event, other)).orElse(false);
	}

	private static boolean holds(Comparison op, int order) {
		return ConceptRules.holds(op, order);
	}

	static Answers of(Review review) {
		return of(review, null);
	}

	/** The answers of a review, with the facts of its case when {@code theCase} is not null. */
	static Answers of(Review review, Case theCase) {
		return new Answers() {
			@Override
			public AnswerValue valueOf(String questionId) {
				Answer answer = find(questionId);
				return answer != null && answer.isSetValue() ? answer.getValue() : null;
			}

			@Override
			public String textOf(String questionId) {
				Answer answer = find(questionId);
				return answer == null ? null : answer.getText();
			}

			@Override
			public Optional<Case> theCase() {
				return Optional.ofNullable(theCase);
			}

			private Answer find(String questionId) {
				for (Answer answer : review.getAnswers()) {
					if (questionId.equals(answer.getQuestionId())) {
						return answer;
					}
				}
				return null;
			}
		};
	}

	static Answers of(Map<String, AnswerValue> answers) {
		return answers::get;
	}
}
