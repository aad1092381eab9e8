package dk.tilsyn.lang.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import dk.tilsyn.lang.tilsyn.AnswerCondition;
import dk.tilsyn.lang.tilsyn.AnswerKind;
import dk.tilsyn.lang.tilsyn.ChoiceKind;
import dk.tilsyn.lang.tilsyn.ChoiceValue;
import dk.tilsyn.lang.tilsyn.Comparison;
import dk.tilsyn.lang.tilsyn.Concept;
import dk.tilsyn.lang.tilsyn.Condition;
import dk.tilsyn.lang.tilsyn.Deadline;
import dk.tilsyn.lang.tilsyn.Draw;
import dk.tilsyn.lang.tilsyn.Duration;
import dk.tilsyn.lang.tilsyn.Event;
import dk.tilsyn.lang.tilsyn.EventCondition;
import dk.tilsyn.lang.tilsyn.Law;
import dk.tilsyn.lang.tilsyn.Level;
import dk.tilsyn.lang.tilsyn.LevelFrame;
import dk.tilsyn.lang.tilsyn.NoValue;
import dk.tilsyn.lang.tilsyn.NotRelevantValue;
import dk.tilsyn.lang.tilsyn.NumberKind;
import dk.tilsyn.lang.tilsyn.NumberLiteral;
import dk.tilsyn.lang.tilsyn.NumberValue;
import dk.tilsyn.lang.tilsyn.Precision;
import dk.tilsyn.lang.tilsyn.Question;
import dk.tilsyn.lang.tilsyn.Quota;
import dk.tilsyn.lang.tilsyn.Recurring;
import dk.tilsyn.lang.tilsyn.Rounding;
import dk.tilsyn.lang.tilsyn.Rule;
import dk.tilsyn.lang.tilsyn.RuleDefinition;
import dk.tilsyn.lang.tilsyn.SamplingModel;
import dk.tilsyn.lang.tilsyn.Stage;
import dk.tilsyn.lang.tilsyn.SubQuota;
import dk.tilsyn.lang.tilsyn.TextLiteral;
import dk.tilsyn.lang.tilsyn.TilsynPackage;
import dk.tilsyn.lang.tilsyn.TimeUnit;
import dk.tilsyn.lang.tilsyn.Value;
import dk.tilsyn.lang.tilsyn.YesNoKind;
import dk.tilsyn.lang.tilsyn.YesValue;

/**
 * The concept checks: one {@code @Check} per rule, codes from {@link IssueCodes}, messages a
 * lawyer can act on (Danish by default). Local checks run as you type (FAST); the comparison
 * with the previous concept version reads another file (NORMAL).
 */
public class TilsynValidator extends AbstractTilsynValidator {
	private static final TilsynPackage P = TilsynPackage.eINSTANCE;

	// ---- duplicate ids -----------------------------------------------------------------

	/** Question ids are the stable keys of answers and trends, so they are unique per concept. */
	@Check
	public void checkUniqueQuestionIds(Concept concept) {
		List<Question> questions = concept.getStages().stream().flatMap(s -> s.getQuestions().stream()).toList();
		reportDuplicates(questions, Question::getName, P.getQuestion_Name(), Messages.duplicateQuestionId,
				IssueCodes.DUPLICATE_QUESTION_ID, concept);
	}

	@Check
	public void checkUniqueStageIds(Concept concept) {
		reportDuplicates(concept.getStages(), Stage::getName, P.getStage_Name(), Messages.duplicateStageId,
				IssueCodes.DUPLICATE_STAGE_ID, concept);
	}

	@Check
	public void checkUniqueRuleIds(Concept concept) {
		reportDuplicates(concept.getRules(), Rule::getName, P.getRule_Name(), Messages.duplicateRuleId,
				IssueCodes.DUPLICATE_RULE_ID, concept);
	}

	@Check
	public void checkUniqueModelIds(Concept concept) {
		reportDuplicates(concept.getModels(), SamplingModel::getName, P.getSamplingModel_Name(),
				Messages.duplicateModelId, IssueCodes.DUPLICATE_MODEL_ID, concept);
	}

	private <T extends EObject> void reportDuplicates(List<T> elements, Function<T, String> id, EAttribute feature,
			String message, String code, Concept concept) {
		Set<String> seen = new HashSet<>();
		for (T element : elements) {
			String name = id.apply(element);
			if (name != null && !seen.add(name)) {
				error(NLS.bind(message, name, concept.getName()), element, feature, code, name);
			}
		}
	}

	@Check
	public void checkUniqueQuestionTextInStage(Stage stage) {
		Map<String, Question> seen = new HashMap<>();
		for (Question question : stage.getQuestions()) {
			String text = question.getText() == null ? null : question.getText().trim();
			Question first = text == null ? null : seen.putIfAbsent(text, question);
			if (first != null) {
				warning(NLS.bind(Messages.duplicateQuestionText, first.getName(), stage.getTitle()), question,
						P.getQuestion_Text(), IssueCodes.DUPLICATE_QUESTION_TEXT);
			}
		}
	}

	// ---- conditions --------------------------------------------------------------------

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
		if (referencedAt > ownerAt && !dependsOn(referenced, owner, new HashSet<>())) {
			error(NLS.bind(Messages.conditionOnLaterQuestion, referenced.getName(), owner.getName()), condition,
					P.getAnswerCondition_Question(), IssueCodes.CONDITION_ON_LATER_QUESTION);
		}
	}

	private static boolean dependsOn(Question question, Question target, Set<Question> seen) {
		if (question.getCondition() == null || !seen.add(question)) {
			return false;
		}
		for (AnswerCondition a : EcoreUtil2.eAllOfType(question.getCondition(), AnswerCondition.class)) {
			Question next = a.getQuestion();
			if (next == target || next != null && !next.eIsProxy() && dependsOn(next, target, seen)) {
				return true;
			}
		}
		return false;
	}

	/** The position of every question of the concept, computed once per validation run. */
	@SuppressWarnings("unchecked")
	private Map<Question, Integer> questionOrder(Question question) {
		Concept concept = EcoreUtil2.getContainerOfType(question, Concept.class);
		if (concept == null) {
			return Map.of();
		}
		Map<Object, Object> context = getContext();
		Object key = List.of(TilsynValidator.class, concept);
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

	/** Reports every question on a cycle once, naming the whole cycle. */
	@Check
	public void checkConditionCycles(Concept concept) {
		Map<Question, List<Question>> dependsOn = new LinkedHashMap<>();
		for (Stage stage : concept.getStages()) {
			for (Question question : stage.getQuestions()) {
				List<Question> targets = new ArrayList<>();
				if (question.getCondition() != null) {
					for (AnswerCondition a : EcoreUtil2.eAllOfType(question, AnswerCondition.class)) {
						if (a.getQuestion() != null && !a.getQuestion().eIsProxy() && a.getQuestion() != question) {
							targets.add(a.getQuestion());
						}
					}
				}
				dependsOn.put(question, targets);
			}
		}
		Set<Question> reported = new HashSet<>();
		for (Question start : dependsOn.keySet()) {
			List<Question> cycle = findCycle(start, start, dependsOn, new ArrayList<>(), new HashSet<>());
			if (cycle != null && reported.add(start)) {
				String names = String.join(" → ", cycle.stream().map(Question::getName).toList()) + " → "
						+ start.getName();
				error(NLS.bind(Messages.conditionCycle, names), start, P.getQuestion_Condition(),
						IssueCodes.CONDITION_CYCLE);
			}
		}
	}

	private static List<Question> findCycle(Question start, Question at, Map<Question, List<Question>> dependsOn,
			List<Question> path, Set<Question> visited) {
		path.add(at);
		for (Question next : dependsOn.getOrDefault(at, List.of())) {
			if (next == start) {
				return new ArrayList<>(path);
			}
			if (visited.add(next)) {
				List<Question> found = findCycle(start, next, dependsOn, path, visited);
				if (found != null) {
					return found;
				}
			}
		}
		path.remove(path.size() - 1);
		return null;
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

	// ---- deadline rules -----------------------------------------------------------------

	/** A month rule without rounding is ambiguous for 31 Jan + 1 month: the lawyer must choose. */
	@Check
	public void checkRounding(Duration duration) {
		if ((duration.getUnit() == TimeUnit.MONTHS || duration.getUnit() == TimeUnit.YEARS)
				&& roundingOf(duration) == Rounding.UNSET) {
			error(Messages.missingRounding, duration, P.getDuration_Unit(), IssueCodes.MISSING_ROUNDING);
		}
	}

	private static Rounding roundingOf(Duration duration) {
		EObject requirement = duration.eContainer();
		if (requirement instanceof Deadline d && d.getDue() != null) {
			return d.getDue().getRounding();
		}
		if (requirement instanceof Recurring r && r.getDue() != null) {
			return r.getDue().getRounding();
		}
		return Rounding.DOWN; // durations elsewhere (a selection's window) are whole periods
	}

	@Check
	public void checkHoursNeedTimes(Deadline deadline) {
		if (deadline.getDuration() == null || deadline.getDuration().getUnit() != TimeUnit.HOURS) {
			return;
		}
		checkDateTime(deadline.getAnchor(), deadline, P.getRequirement_Anchor());
		checkDateTime(deadline.getTarget(), deadline, P.getRequirement_Target());
	}

	private void checkDateTime(Event event, Deadline deadline, org.eclipse.emf.ecore.EReference feature) {
		if (event != null && !event.eIsProxy() && event.getPrecision() != Precision.DATE_TIME) {
			error(NLS.bind(Messages.wrongPrecision, event.getName()), deadline, feature,
					IssueCodes.WRONG_EVENT_PRECISION, event.getName());
		}
	}

	/** The versions of a rule cover time without overlap or gap, in the order written. */
	@Check
	public void checkLawVersions(Rule rule) {
		List<RuleDefinition> definitions = rule.getDefinitions().stream()
				.filter(d -> d.getSection() != null && d.getSection().getLaw() != null
						&& !d.getSection().getLaw().eIsProxy())
				.sorted(Comparator.comparing(d -> from(d.getSection().getLaw()))).toList();
		for (int i = 1; i < definitions.size(); i++) {
			Law previous = definitions.get(i - 1).getSection().getLaw();
			Law next = definitions.get(i).getSection().getLaw();
			LocalDate previousEnd = to(previous);
			LocalDate nextStart = from(next);
			if (!previousEnd.isBefore(nextStart)) {
				error(NLS.bind(Messages.lawVersionsOverlap, previous.getName(), next.getName()), definitions.get(i),
						P.getRuleDefinition_Section(), IssueCodes.LAW_VERSIONS_OVERLAP);
			} else if (previousEnd.plusDays(1).isBefore(nextStart)) {
				error(NLS.bind(Messages.lawVersionsGap,
						new Object[] { previous.getName(), next.getName(), previousEnd.plusDays(1) }),
						definitions.get(i), P.getRuleDefinition_Section(), IssueCodes.LAW_VERSIONS_GAP);
			}
		}
	}

	private static LocalDate from(Law law) {
		return law.getValidFrom() == null ? LocalDate.MIN : LocalDate.parse(law.getValidFrom());
	}

	private static LocalDate to(Law law) {
		return law.getValidTo() == null ? LocalDate.MAX : LocalDate.parse(law.getValidTo());
	}

	// ---- sampling models ----------------------------------------------------------------

	/** A level cannot draw more than the level below it has when that level's size is fixed. */
	@Check
	public void checkLevelSizes(SamplingModel model) {
		Map<Integer, Integer> fixedSize = new HashMap<>();
		for (Level level : model.getLevels()) {
			Integer total = fixedTotal(level);
			if (total != null) {
				fixedSize.put(level.getNumber(), total);
			}
		}
		for (Level level : model.getLevels()) {
			if (level.getFrame() instanceof LevelFrame frame) {
				Integer available = fixedSize.get(frame.getLevel());
				Integer wanted = fixedTotal(level);
				if (available != null && wanted != null && wanted > available) {
					error(NLS.bind(Messages.levelExceedsFrame,
							new Object[] { level.getNumber(), wanted, frame.getLevel(), available }), level,
							P.getLevel_Number(), IssueCodes.LEVEL_EXCEEDS_FRAME);
				}
			}
		}
	}

	/** The number of cases a level draws when it is a plain number (not per unit, caseworker, ...). */
	private static Integer fixedTotal(Level level) {
		if (level.getDraws().isEmpty()) {
			return null;
		}
		int total = 0;
		for (Draw draw : level.getDraws()) {
			if (draw.getStratum() != null && draw.getStratum() != dk.tilsyn.lang.tilsyn.Stratification.ALL) {
				return null;
			}
			if (draw.isPeriodic()) {
				return null;
			}
			total += draw.getMax() > 0 ? draw.getMax() : draw.getCount();
		}
		return total;
	}

	@Check
	public void checkSubQuotas(Quota quota) {
		int sum = quota.getSubQuotas().stream().mapToInt(SubQuota::getCount).sum();
		if (sum > quota.getCount()) {
			error(NLS.bind(Messages.subQuotaExceedsQuota, sum, quota.getCount()), quota, P.getQuota_Count(),
					IssueCodes.SUBQUOTA_EXCEEDS_QUOTA);
		}
	}

	// ---- the previous concept version -----------------------------------------------------

	/** Trends compare a question with itself across versions: a changed text breaks that. */
	@Check(CheckType.NORMAL)
	public void checkTextUnchangedSincePrevious(Concept concept) {
		if (concept.getPrevious() == null || concept.eResource() == null) {
			return;
		}
		Concept previous = load(concept.eResource(), concept.getPrevious());
		if (previous == null) {
			warning(NLS.bind(Messages.previousNotFound, concept.getPrevious()), concept, P.getConcept_Previous(),
					IssueCodes.TEXT_CHANGED_SINCE_PREVIOUS);
			return;
		}
		Map<String, String> before = new HashMap<>();
		previous.getStages().forEach(s -> s.getQuestions().forEach(q -> before.put(q.getName(), q.getText())));
		for (Stage stage : concept.getStages()) {
			for (Question question : stage.getQuestions()) {
				String old = before.get(question.getName());
				if (old != null && !old.equals(question.getText())) {
					warning(NLS.bind(Messages.textChangedSincePrevious, question.getName(), previous.getVersion()),
							question, P.getQuestion_Text(), IssueCodes.TEXT_CHANGED_SINCE_PREVIOUS);
				}
			}
		}
	}

	private static Concept load(Resource context, String path) {
		try {
			URI uri = URI.createURI(path).resolve(context.getURI());
			if (!context.getResourceSet().getURIConverter().exists(uri, null)) {
				return null;
			}
			Resource resource = context.getResourceSet().getResource(uri, true);
			return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Concept c) ? null : c;
		} catch (RuntimeException e) {
			return null;
		}
	}
}
