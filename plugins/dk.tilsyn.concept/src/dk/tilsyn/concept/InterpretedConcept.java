package dk.tilsyn.concept;

import java.util.function.Predicate;

import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.AnswerValue;

/**
 * A concept straight from its model, nothing generated: the conditions are read by the same
 * {@link ConditionParts} the generator compiles them with, into calls of the same
 * {@link Answers} primitives. The lawyers' editor previews the form of the concept being written
 * with it; the deadline rules and the sampling stages evaluate their conditions with it.
 */
public final class InterpretedConcept implements InstalledConcept {
	private static final ConditionParts<Predicate<Answers>> INTERPRETER = new ConditionParts<>() {
		@Override
		protected Predicate<Answers> or(Predicate<Answers> left, Predicate<Answers> right) {
			return left.or(right);
		}

		@Override
		protected Predicate<Answers> and(Predicate<Answers> left, Predicate<Answers> right) {
			return left.and(right);
		}

		@Override
		protected Predicate<Answers> not(Predicate<Answers> operand) {
			return operand.negate();
		}

		@Override
		protected Predicate<Answers> is(String question, AnswerValue value) {
			return answers -> answers.is(question, value);
		}

		@Override
		protected Predicate<Answers> isNot(String question, AnswerValue value) {
			return answers -> answers.isNot(question, value);
		}

		@Override
		protected Predicate<Answers> compare(String question, Comparison op, String value) {
			return answers -> answers.compare(question, op, value);
		}

		@Override
		protected Predicate<Answers> age(Comparison op, int years) {
			return answers -> answers.age(op, years);
		}

		@Override
		protected Predicate<Answers> flag(String flag) {
			return answers -> answers.flag(flag);
		}

		@Override
		protected Predicate<Answers> event(String event) {
			return answers -> answers.event(event);
		}

		@Override
		protected Predicate<Answers> eventValue(String event, Comparison op, String value) {
			return answers -> answers.eventValue(event, op, value);
		}

		@Override
		protected Predicate<Answers> eventBefore(String event, String other) {
			return answers -> answers.eventBefore(event, other);
		}

		@Override
		protected Predicate<Answers> never() {
			return answers -> false;
		}

		@Override
		protected Predicate<Answers> orCaseUnknown(Predicate<Answers> read) {
			return answers -> !answers.knowsCase() || read.test(answers);
		}
	};

	private final Concept model;
	private final ReviewValidator validator;

	public InterpretedConcept(Concept model) {
		this.model = model;
		this.validator = new ReviewValidator(this) {
			@Override
			public boolean isAsked(String questionId, Answers answers) {
				Condition condition = question(questionId).map(Question::getCondition).orElse(null);
				return condition == null || holds(condition, answers);
			}
		};
	}

	@Override
	public String id() {
		return model.getName();
	}

	@Override
	public Concept model() {
		return model;
	}

	@Override
	public ReviewValidator validator() {
		return validator;
	}

	/** Whether a question's condition holds; one on case facts holds when the case is not known. */
	public static boolean holds(Condition condition, Answers answers) {
		return INTERPRETER.ofQuestion(condition).test(answers);
	}

	/** A rule's or a stage's condition as a predicate (read once, tested often). */
	public static Predicate<Answers> predicate(Condition condition) {
		return INTERPRETER.of(condition);
	}
}
