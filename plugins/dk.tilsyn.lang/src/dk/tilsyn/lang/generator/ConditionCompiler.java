package dk.tilsyn.lang.generator;

import dk.tilsyn.lang.tilsyn.Condition;

/** A condition as a Java boolean expression over {@code answers} (a dk.tilsyn.concept.Answers). */
public class ConditionCompiler {

	public String compile(Condition condition) {
		return "answers.is(\"%s\", AnswerValue.%s)".formatted(condition.getQuestion().getName(),
				condition.getAnswer().getName());
	}
}
