package dk.tilsyn.concept;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dk.tilsyn.model.concept.AgeCondition;
import dk.tilsyn.model.concept.And;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.EventCondition;
import dk.tilsyn.model.concept.FlagCondition;
import dk.tilsyn.model.concept.NoValue;
import dk.tilsyn.model.concept.Not;
import dk.tilsyn.model.concept.NotRelevantValue;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.Or;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.TextLiteral;
import dk.tilsyn.model.concept.Value;
import dk.tilsyn.model.concept.YesValue;
import dk.tilsyn.model.AnswerValue;

/**
 * A concept straight from its model, nothing generated: the conditions are interpreted with the
 * semantics the generator compiles them to (dk.tilsyn.lang.generator.ConditionCompiler). The
 * lawyers' editor previews the form of the concept being written with it.
 */
public final class InterpretedConcept implements InstalledConcept {
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
		return usesCaseFacts(condition) && !answers.knowsCase() || evaluate(condition, answers);
	}

	private static boolean evaluate(Condition c, Answers answers) {
		if (c instanceof Or or) {
			return evaluate(or.getLeft(), answers) || evaluate(or.getRight(), answers);
		} else if (c instanceof And and) {
			return evaluate(and.getLeft(), answers) && evaluate(and.getRight(), answers);
		} else if (c instanceof Not not) {
			return !evaluate(not.getOperand(), answers);
		} else if (c instanceof AnswerCondition a) {
			return answer(a, answers);
		} else if (c instanceof AgeCondition age) {
			return answers.age(age.getOp(), age.getYears());
		} else if (c instanceof FlagCondition flag) {
			return answers.flag(flag.getFlag().getName());
		} else if (c instanceof EventCondition e) {
			if (e.getBefore() != null) {
				return answers.eventBefore(e.getEvent().getName(), e.getBefore().getName());
			}
			if (e.getValue() != null) {
				return answers.eventValue(e.getEvent().getName(), e.getOp(), literal(e.getValue()));
			}
			return answers.event(e.getEvent().getName());
		}
		throw new IllegalArgumentException("unknown condition " + c.eClass().getName());
	}

	private static boolean answer(AnswerCondition a, Answers answers) {
		String question = a.getQuestion() == null ? null : a.getQuestion().getName();
		if (question == null) {
			return false; // a question not (yet) declared: the editor marks it, the form does not ask
		}
		Value value = a.getValue();
		AnswerValue answerValue = value instanceof YesValue ? AnswerValue.YES
				: value instanceof NoValue ? AnswerValue.NO : value instanceof NotRelevantValue ? AnswerValue.NOT_RELEVANT : null;
		if (answerValue != null && a.getOp() == Comparison.EQ) {
			return answers.is(question, answerValue);
		}
		if (answerValue != null && a.getOp() == Comparison.NE) {
			return answers.isNot(question, answerValue);
		}
		return answers.compare(question, a.getOp(), literal(value));
	}

	private static String literal(Value value) {
		if (value instanceof NumberLiteral n) {
			return Integer.toString(n.getNumber());
		}
		if (value instanceof TextLiteral t) {
			return t.getText();
		}
		return value instanceof YesValue ? "yes" : value instanceof NoValue ? "no" : "not_relevant";
	}

	private static boolean usesCaseFacts(Condition condition) {
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
