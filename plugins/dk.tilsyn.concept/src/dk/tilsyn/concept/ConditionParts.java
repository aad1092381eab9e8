package dk.tilsyn.concept;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dk.tilsyn.model.concept.AgeCondition;
import dk.tilsyn.model.concept.And;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.EventCondition;
import dk.tilsyn.model.concept.FlagCondition;
import dk.tilsyn.model.concept.NoValue;
import dk.tilsyn.model.concept.Not;
import dk.tilsyn.model.concept.NotRelevantValue;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.Or;
import dk.tilsyn.model.concept.TextLiteral;
import dk.tilsyn.model.concept.Value;
import dk.tilsyn.model.concept.YesValue;
import dk.tilsyn.model.AnswerValue;

/**
 * A condition taken apart into the primitives of {@link ConditionPrimitives} joined by og,
 * eller and ikke. The interpreter reads a condition into a predicate and the generator into Java
 * code calling {@link Answers}; both go through this one walk, so which primitive a piece of
 * condition is, which literal it compares with, and when a question is asked while the case is
 * not known, are decided once.
 *
 * @param <T> what a condition becomes: a predicate, a Java expression, ...
 */
public abstract class ConditionParts<T> {

	/** A rule's or a stage's condition, read over the case's facts (and answers, if any). */
	public final T of(Condition c) {
		if (c instanceof Or or) {
			return or(of(or.getLeft()), of(or.getRight()));
		}
		if (c instanceof And and) {
			return and(of(and.getLeft()), of(and.getRight()));
		}
		if (c instanceof Not not) {
			return not(of(not.getOperand()));
		}
		if (c instanceof AnswerCondition a) {
			return answer(a);
		}
		if (c instanceof AgeCondition a) {
			return age(a.getOp(), a.getYears());
		}
		if (c instanceof FlagCondition f) {
			return flag(f.getFlag() == null ? null : f.getFlag().getName());
		}
		if (c instanceof EventCondition e) {
			String event = e.getEvent() == null ? null : e.getEvent().getName();
			if (e.getBefore() != null) {
				return eventBefore(event, e.getBefore().getName());
			}
			if (e.getValue() != null) {
				return eventValue(event, e.getOp(), literal(e.getValue()));
			}
			return event(event);
		}
		throw new IllegalArgumentException("unknown condition " + (c == null ? null : c.eClass().getName()));
	}

	/**
	 * A question's condition: as {@link #of}, except that one on case facts holds while the case
	 * is not known, so that a question is asked rather than hidden when the reviewer's
	 * application cannot tell.
	 */
	public final T ofQuestion(Condition c) {
		T read = of(c);
		return usesCaseFacts(c) ? orCaseUnknown(read) : read;
	}

	private T answer(AnswerCondition a) {
		String question = a.getQuestion() == null ? null : a.getQuestion().getName();
		if (question == null) {
			return never(); // a question not (yet) declared: the editor marks it, the form does not ask
		}
		AnswerValue value = answerValue(a.getValue());
		if (value != null && a.getOp() == Comparison.EQ) {
			return is(question, value);
		}
		if (value != null && a.getOp() == Comparison.NE) {
			return isNot(question, value);
		}
		return compare(question, a.getOp(), literal(a.getValue()));
	}

	protected abstract T or(T left, T right);

	protected abstract T and(T left, T right);

	protected abstract T not(T operand);

	/** {@link ConditionPrimitives#is}. */
	protected abstract T is(String question, AnswerValue value);

	/** {@link ConditionPrimitives#isNot}. */
	protected abstract T isNot(String question, AnswerValue value);

	/** {@link ConditionPrimitives#compare}. */
	protected abstract T compare(String question, Comparison op, String value);

	/** {@link ConditionPrimitives#age}. */
	protected abstract T age(Comparison op, int years);

	/** {@link ConditionPrimitives#flag}. */
	protected abstract T flag(String flag);

	/** {@link ConditionPrimitives#event}. */
	protected abstract T event(String event);

	/** {@link ConditionPrimitives#eventValue}. */
	protected abstract T eventValue(String event, Comparison op, String value);

	/** {@link ConditionPrimitives#eventBefore}. */
	protected abstract T eventBefore(String event, String other);

	/** What never holds (a comparison with a question that is not declared). */
	protected abstract T never();

	/** {@code read}, or the case is not known. */
	protected abstract T orCaseUnknown(T read);

	/** ja / nej / ikke-relevant as an answer value; null for a number or a text. */
	public static AnswerValue answerValue(Value value) {
		return value instanceof YesValue ? AnswerValue.YES
				: value instanceof NoValue ? AnswerValue.NO
						: value instanceof NotRelevantValue ? AnswerValue.NOT_RELEVANT : null;
	}

	/** The text a value is compared as: a number's digits, a text's characters, yes, no or not_relevant. */
	public static String literal(Value value) {
		if (value instanceof NumberLiteral n) {
			return Integer.toString(n.getNumber());
		}
		if (value instanceof TextLiteral t) {
			return t.getText();
		}
		return value instanceof YesValue ? "yes" : value instanceof NoValue ? "no" : "not_relevant";
	}

	/** Whether the condition reads the case's facts (age, flags, events) anywhere. */
	public static boolean usesCaseFacts(Condition condition) {
		if (isFact(condition)) {
			return true;
		}
		for (EObject child : (Iterable<EObject>) () -> EcoreUtil.getAllContents(condition, true)) {
			if (isFact(child)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isFact(EObject c) {
		return c instanceof AgeCondition || c instanceof FlagCondition || c instanceof EventCondition;
	}
}
