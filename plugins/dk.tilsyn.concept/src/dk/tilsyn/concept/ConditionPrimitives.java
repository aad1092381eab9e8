package dk.tilsyn.concept;

import java.util.Objects;

import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.AnswerValue;

/**
 * What each primitive of a condition means, over the answers given and the case's facts: the
 * one definition behind the generated validators (through {@link Answers}), the interpreter
 * ({@link InterpretedConcept}) and the deadline rules' applicability ({@link ConceptRules}).
 * A fact of a case that is not known ({@code facts} null) does not hold; neither does a
 * comparison with an unanswered question.
 */
public final class ConditionPrimitives {
	private ConditionPrimitives() {
	}

	/** {@code u01 = nej}: the yes / no / not-relevant answer is this value. */
	public static boolean is(AnswerValue given, AnswerValue value) {
		return Objects.equals(given, value);
	}

	/** {@code u01 != ja}: answered, and not with this value. */
	public static boolean isNot(AnswerValue given, AnswerValue value) {
		return given != null && given != value;
	}

	/**
	 * {@code n1 >= 3}, {@code v1 = "anbringelse"}: an answer of another kind (option id, number,
	 * date, text); numbers compare as numbers, anything else only as equal or not equal.
	 */
	public static boolean compare(String given, Comparison op, String value) {
		if (given == null) {
			return false;
		}
		try {
			return holds(op, Integer.compare(Integer.parseInt(given.trim()), Integer.parseInt(value)));
		} catch (NumberFormatException notNumbers) {
			return op == Comparison.EQ ? given.equals(value) : op == Comparison.NE && !given.equals(value);
		}
	}

	/**
	 * {@code alder >= 12}: the child's age in whole years on the decision date (see
	 * {@link CaseFacts#age()}); false when the birth date is not known.
	 */
	public static boolean age(CaseFacts facts, Comparison op, int years) {
		return facts != null && facts.age() >= 0 && holds(op, Integer.compare(facts.age(), years));
	}

	/** {@code flag sikkerhedsplan}. */
	public static boolean flag(CaseFacts facts, String flag) {
		return facts != null && flag != null && facts.flag(flag);
	}

	/** {@code hændelse e}: the event happened. */
	public static boolean event(CaseFacts facts, String event) {
		return facts != null && facts.event(event);
	}

	/** {@code hændelse e = "v"}: the earliest such event has (or, with !=, has not) that value. */
	public static boolean eventValue(CaseFacts facts, String event, Comparison op, String value) {
		return facts != null && (op == Comparison.EQ ? facts.eventValue(event, true, value)
				: op == Comparison.NE && facts.eventValue(event, false, value));
	}

	/** {@code hændelse a før b}: both happened, the first on or before the second's date. */
	public static boolean eventBefore(CaseFacts facts, String event, String other) {
		return facts != null && facts.eventBefore(event, other);
	}

	/** Whether a comparison holds for an order as {@link Integer#compare} gives it. */
	public static boolean holds(Comparison op, int order) {
		return switch (op) {
		case EQ -> order == 0;
		case NE -> order != 0;
		case LT -> order < 0;
		case LE -> order <= 0;
		case GT -> order > 0;
		case GE -> order >= 0;
		};
	}
}
