package dk.tilsyn.lang.generator;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.ConditionParts;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Condition;

/**
 * A question's condition as a Java boolean expression over {@code answers} (an {@link Answers}):
 * one call of an {@link Answers} primitive per part, joined with ||, && and !. The condition is
 * taken apart by the runtime's {@link ConditionParts}, as the interpreter takes it apart, so the
 * generated validator and the interpreted one cannot read a condition differently.
 */
public class ConditionCompiler extends ConditionParts<ConditionCompiler.Code> {

	/** A piece of Java and what it joins at its top, for parentheses where they are needed. */
	record Code(String java, Join join) {
		enum Join {
			NONE, AND, OR
		}

		static Code call(String java) {
			return new Code(java, Join.NONE);
		}

		/** Parenthesised when it joins anything. */
		String operand() {
			return join == Join.NONE ? java : "(" + java + ")";
		}
	}

	public String compile(Condition condition) {
		return ofQuestion(condition).java();
	}

	@Override
	protected Code or(Code left, Code right) {
		return new Code(left.java() + " || " + right.java(), Code.Join.OR);
	}

	@Override
	protected Code and(Code left, Code right) {
		return new Code(andOperand(left) + " && " + andOperand(right), Code.Join.AND);
	}

	private static String andOperand(Code c) {
		return c.join() == Code.Join.OR ? c.operand() : c.java();
	}

	@Override
	protected Code not(Code operand) {
		return Code.call("!" + operand.operand());
	}

	@Override
	protected Code is(String question, AnswerValue value) {
		return Code.call("answers.is(%s, AnswerValue.%s)".formatted(string(question), value.name()));
	}

	@Override
	protected Code isNot(String question, AnswerValue value) {
		return Code.call("answers.isNot(%s, AnswerValue.%s)".formatted(string(question), value.name()));
	}

	@Override
	protected Code compare(String question, Comparison op, String value) {
		return Code.call("answers.compare(%s, Comparison.%s, %s)".formatted(string(question), op.getName(), string(value)));
	}

	@Override
	protected Code age(Comparison op, int years) {
		return Code.call("answers.age(Comparison.%s, %d)".formatted(op.getName(), years));
	}

	@Override
	protected Code flag(String flag) {
		return Code.call("answers.flag(%s)".formatted(string(flag)));
	}

	@Override
	protected Code event(String event) {
		return Code.call("answers.event(%s)".formatted(string(event)));
	}

	@Override
	protected Code eventValue(String event, Comparison op, String value) {
		return Code.call("answers.eventValue(%s, Comparison.%s, %s)".formatted(string(event), op.getName(), string(value)));
	}

	@Override
	protected Code eventBefore(String event, String other) {
		return Code.call("answers.eventBefore(%s, %s)".formatted(string(event), string(other)));
	}

	@Override
	protected Code never() {
		return Code.call("false");
	}

	@Override
	protected Code orCaseUnknown(Code read) {
		return new Code("!answers.knowsCase() || " + read.operand(), Code.Join.OR);
	}

	/**
	 * A Java string literal; a control character as an octal escape (javac would read a unicode
	 * escape before the string).
	 */
	private static String string(String text) {
		StringBuilder java = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '\\' -> java.append("\\\\");
			case '"' -> java.append("\\\"");
			default -> {
				if (c < 0x20 || c == 0x7f) {
					java.append("\\%03o".formatted((int) c));
				} else {
					java.append(c);
				}
			}
			}
		}
		return java.append('"').toString();
	}
}
