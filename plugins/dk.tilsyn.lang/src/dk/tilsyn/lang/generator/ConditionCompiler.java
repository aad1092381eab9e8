package dk.tilsyn.lang.generator;

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

/**
 * A condition as a Java boolean expression over {@code answers} (a dk.tilsyn.concept.Answers).
 * A condition on case facts holds when no case is known: a question is asked rather than
 * hidden when the review application cannot tell.
 */
public class ConditionCompiler {

	public String compile(Condition condition) {
		String expression = expression(condition);
		return usesCaseFacts(condition) ? "!answers.knowsCase() || " + parenthesise(condition, expression) : expression;
	}

	private String expression(Condition c) {
		if (c instanceof Or or) {
			return expression(or.getLeft()) + " || " + expression(or.getRight());
		}
		if (c instanceof And and) {
			return operand(and.getLeft()) + " && " + operand(and.getRight());
		}
		if (c instanceof Not not) {
			return "!" + parenthesise(not.getOperand(), expression(not.getOperand()));
		}
		if (c instanceof AnswerCondition a) {
			return answer(a);
		}
		if (c instanceof AgeCondition a) {
			return "answers.age(Comparison.%s, %d)".formatted(a.getOp().getName(), a.getYears());
		}
		if (c instanceof FlagCondition f) {
			return "answers.flag(\"%s\")".formatted(f.getFlag().getName());
		}
		if (c instanceof EventCondition e) {
			if (e.getBefore() != null) {
				return "answers.eventBefore(\"%s\", \"%s\")".formatted(e.getEvent().getName(), e.getBefore().getName());
			}
			if (e.getValue() != null) {
				return "answers.eventValue(\"%s\", Comparison.%s, %s)".formatted(e.getEvent().getName(),
						e.getOp().getName(), literal(e.getValue()));
			}
			return "answers.event(\"%s\")".formatted(e.getEvent().getName());
		}
		throw new IllegalArgumentException("unknown condition " + c);
	}

	private String answer(AnswerCondition a) {
		String question = a.getQuestion().getName();
		Value value = a.getValue();
		String answerValue = value instanceof YesValue ? "YES"
				: value instanceof NoValue ? "NO" : value instanceof NotRelevantValue ? "NOT_RELEVANT" : null;
		if (answerValue != null && (a.getOp() == Comparison.EQ || a.getOp() == Comparison.NE)) {
			String call = a.getOp() == Comparison.EQ ? "is" : "isNot";
			return "answers.%s(\"%s\", AnswerValue.%s)".formatted(call, question, answerValue);
		}
		return "answers.compare(\"%s\", Comparison.%s, %s)".formatted(question, a.getOp().getName(), literal(value));
	}

	private static String literal(Value value) {
		if (value instanceof NumberLiteral n) {
			return "\"" + n.getNumber() + "\"";
		}
		if (value instanceof TextLiteral t) {
			return "\"" + t.getText().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
		return "\"" + (value instanceof YesValue ? "yes" : value instanceof NoValue ? "no" : "not_relevant") + "\"";
	}

	private String operand(Condition c) {
		return c instanceof Or ? "(" + expression(c) + ")" : expression(c);
	}

	private static String parenthesise(Condition c, String expression) {
		return c instanceof Or || c instanceof And ? "(" + expression + ")" : expression;
	}

	static boolean usesCaseFacts(Condition condition) {
		if (condition instanceof AgeCondition || condition instanceof FlagCondition
				|| condition instanceof EventCondition) {
			return true;
		}
		for (EObject child : (Iterable<EObject>) () -> EcoreUtil.getAllContents(condition, true)) {
			if (child instanceof AgeCondition || child instanceof FlagCondition || child instanceof EventCondition) {
				return true;
			}
		}
		return false;
	}
}
