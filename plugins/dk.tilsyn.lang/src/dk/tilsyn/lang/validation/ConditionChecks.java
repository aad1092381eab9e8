package dk.tilsyn.lang.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.AnswerKind;
import dk.tilsyn.model.concept.ChoiceKind;
import dk.tilsyn.model.concept.ChoiceValue;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.EventCondition;
import dk.tilsyn.model.concept.NoValue;
import dk.tilsyn.model.concept.NotRelevantValue;
import dk.tilsyn.model.concept.NumberKind;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.NumberValue;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.concept.TextLiteral;
import dk.tilsyn.model.concept.ConceptPackage;
import dk.tilsyn.model.concept.Value;
import dk.tilsyn.model.concept.YesNoKind;
import dk.tilsyn.model.concept.YesValue;

/**
 * A question's condition reads only earlier answers, never runs in a circle, compares values of
 * the right kind and can hold at all. Part of {@link TilsynValidator}.
 */
public class ConditionChecks extends AbstractDeclarativeValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

	/** Run by {@link TilsynValidator}, not registered on its own (else every issue came twice). */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	@Check
	public void checkConditionOrder(AnswerCondition condition) {
		Question owner = EcoreUtil2.getContainerOfType(condition, Question.class);
		Question referenced = condition.getQuestion();
		if (owner == null || referenced == null || referenced.eIsProxy()) {
			return;
		}
		if (owner == referenced) {
			error(NLS.bind(Messages.conditionOnItself, owner.getName()), condition, P.getAnswerCondition_Question(),
					IssueCodes.CONDITION_ON_ITSELF);
			return;
		}
		Map<Question, Integer> order = questionOrder(owner);
		int ownerAt = order.getOrDefault(owner, -1);
		int referencedAt = order.getOrDefault(referenced, -1);
		// on a cycle the cycle check says more (it names every question)
		Map<Question, Integer> components = cycleComponents(EcoreUtil2.getContainerOfType(owner, Concept.class));
		Integer ownerComponent = components.get(owner);
		if (referencedAt > ownerAt && (ownerComponent == null || !ownerComponent.equals(components.get(referenced)))) {
			error(NLS.bind(Messages.conditionOnLaterQuestion, referenced.getName(), owner.getName()), condition,
					P.getAnswerCondition_Question(), IssueCodes.CONDITION_ON_LATER_QUESTION);
		}
	}

	/** The position of every question of the concept, computed once per validation run. */
	@SuppressWarnings("unchecked")
	private Map<Question, Integer> questionOrder(Question question) {
		Concept concept = EcoreUtil2.getContainerOfType(question, Concept.class);
		if (concept == null) {
			return Map.of();
		}
		Map<Object, Object> context = getContext();
		Object key = List.of(ConditionChecks.class, concept);
		Map<Question, Integer> order = context == null ? null : (Map<Question, Integer>) context.get(key);
		if (order == null) {
			order = new HashMap<>();
			for (Stage stage : concept.getStages()) {
				for (Question q : stage.getQuestions()) {
					order.put(q, order.size());
				}
			}
			if (context != null) {
				context.put(key, order);
			}
		}
		return order;
	}

	/**
	 * Reports every question of this file that lies on a cycle of conditions, naming a cycle
	 * it is on; the cycle may run through questions of imported files.
	 */
	@Check
	public void checkConditionCycles(Concept concept) {
		Map<Question, Integer> components = cycleComponents(concept);
		Map<Integer, ConditionCycles.Cycle> cycles = new HashMap<>();
		for (Stage stage : concept.getStages()) {
			for (Question question : stage.getQuestions()) {
				Integer component = components.get(question);
				if (component == null) {
					continue;
				}
				ConditionCycles.Cycle cycle = cycles.computeIfAbsent(component,
						c -> ConditionCycles.cycleThrough(question, components));
				error(NLS.bind(Messages.conditionCycle, cycle.describe(question)), question, P.getQuestion_Condition(),
						IssueCodes.CONDITION_CYCLE);
			}
		}
	}

	/** {@link ConditionCycles#components}, computed once per validation run. */
	@SuppressWarnings("unchecked")
	private Map<Question, Integer> cycleComponents(Concept concept) {
		if (concept == null) {
			return Map.of();
		}
		Map<Object, Object> context = getContext();
		Object key = List.of(ConditionChecks.class, "cycles", concept);
		Map<Question, Integer> cached = context == null ? null : (Map<Question, Integer>) context.get(key);
		if (cached != null) {
			return cached;
		}
		Map<Question, Integer> components = ConditionCycles.components(concept);
		if (context != null) {
			context.put(key, components);
		}
		return components;
	}

	/** The value compared must be of the question's answer kind, and only numbers are ordered. */
	@Check
	public void checkAnswerComparisonKinds(AnswerCondition condition) {
		Question question = condition.getQuestion();
		if (question == null || question.eIsProxy() || condition.getValue() == null) {
			return;
		}
		AnswerKind kind = question.getKind();
		Value value = condition.getValue();
		boolean yesNoValue = value instanceof YesValue || value instanceof NoValue || value instanceof NotRelevantValue;
		String problem = null;
		if (kind == null || kind instanceof YesNoKind) {
			if (!yesNoValue) {
				problem = NLS.bind(Messages.compareYesNo, question.getName());
			} else if (condition.getOp() != Comparison.EQ && condition.getOp() != Comparison.NE) {
				problem = NLS.bind(Messages.compareOrderNotNumber, question.getName());
			}
		} else if (kind instanceof NumberKind) {
			if (!(value instanceof NumberLiteral)) {
				problem = NLS.bind(Messages.compareNumber, question.getName());
			}
		} else if (kind instanceof ChoiceKind choice) {
			if (!(value instanceof TextLiteral text)) {
				problem = NLS.bind(Messages.compareChoice, question.getName());
			} else if (choice.getOptions().stream().noneMatch(o -> o.getName().equals(text.getText()))) {
				problem = NLS.bind(Messages.unknownOption, text.getText(), question.getName());
			} else if (condition.getOp() != Comparison.EQ && condition.getOp() != Comparison.NE) {
				problem = NLS.bind(Messages.compareOrderNotNumber, question.getName());
			}
		} else if (yesNoValue) {
			problem = NLS.bind(Messages.compareText, question.getName());
		}
		if (problem != null) {
			error(problem, condition, P.getAnswerCondition_Value(), IssueCodes.INCOMPATIBLE_COMPARISON);
		}
	}

	@Check
	public void checkEventComparisonKinds(EventCondition condition) {
		Event event = condition.getEvent();
		if (event == null || event.eIsProxy() || condition.getValue() == null) {
			return;
		}
		Value value = condition.getValue();
		String problem = null;
		if (event.getValue() == null) {
			problem = NLS.bind(Messages.eventHasNoValue, event.getName());
		} else if (event.getValue() instanceof NumberValue) {
			if (!(value instanceof NumberLiteral)) {
				problem = NLS.bind(Messages.compareNumber, event.getName());
			}
		} else if (!(value instanceof TextLiteral text)) {
			problem = NLS.bind(Messages.compareText, event.getName());
		} else if (event.getValue() instanceof ChoiceValue choice && !choice.getOptions().contains(text.getText())) {
			problem = NLS.bind(Messages.unknownOption, text.getText(), event.getName());
		}
		if (problem != null) {
			error(problem, condition, P.getEventCondition_Value(), IssueCodes.INCOMPATIBLE_COMPARISON);
		}
	}

	/**
	 * A conjunction that requires one answer to be two things at once, or an age in an empty
	 * range (also an age outside 0–17 for a child), can never hold.
	 */
	@Check
	public void checkSatisfiable(Question question) {
		Condition condition = question.getCondition();
		if (condition == null || condition.eContainer() != question) {
			return;
		}
		String why = ConditionAnalysis.whyNeverHolds(condition);
		if (why != null) {
			error(NLS.bind(Messages.unsatisfiable, why), question, P.getQuestion_Condition(),
					IssueCodes.UNSATISFIABLE_CONDITION);
		}
	}
}
