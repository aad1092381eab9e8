package dk.tilsyn.lang.validation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
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
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.AnswerKind;
import dk.tilsyn.model.concept.ChoiceKind;
import dk.tilsyn.model.concept.ChoiceValue;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.Deadline;
import dk.tilsyn.model.concept.Draw;
import dk.tilsyn.model.concept.Duration;
import dk.tilsyn.lang.scoping.ImportPolicy;
import dk.tilsyn.lang.scoping.Imports;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.Flag;
import dk.tilsyn.model.concept.Import;
import dk.tilsyn.model.concept.EventCondition;
import dk.tilsyn.model.concept.Law;
import dk.tilsyn.model.concept.Level;
import dk.tilsyn.model.concept.LevelFrame;
import dk.tilsyn.model.concept.NoValue;
import dk.tilsyn.model.concept.NotRelevantValue;
import dk.tilsyn.model.concept.NumberKind;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.NumberValue;
import dk.tilsyn.model.concept.Precision;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Quota;
import dk.tilsyn.model.concept.Recurring;
import dk.tilsyn.model.concept.Rounding;
import dk.tilsyn.model.concept.Rule;
import dk.tilsyn.model.concept.RuleDefinition;
import dk.tilsyn.model.concept.SamplingModel;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.concept.SubQuota;
import dk.tilsyn.model.concept.TextLiteral;
import dk.tilsyn.model.concept.Theme;
import dk.tilsyn.model.concept.ConceptPackage;
import dk.tilsyn.model.concept.TimeUnit;
import dk.tilsyn.model.concept.Value;
import dk.tilsyn.model.concept.YesNoKind;
import dk.tilsyn.model.concept.YesValue;

/**
 * The concept checks: one {@code @Check} per rule, codes from {@link IssueCodes}, messages a
 * lawyer can act on (Danish by default). Local checks run as you type (FAST); the comparison
 * with the previous concept version reads another file (NORMAL).
 */
public class TilsynValidator extends AbstractTilsynValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

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
	public void checkUniqueLawIds(Concept concept) {
		reportDuplicates(concept.getLaws(), Law::getName, P.getLaw_Name(), Messages.duplicateLawId,
				IssueCodes.DUPLICATE_LAW_ID, concept);
	}

	@Check
	public void checkUniqueEventIds(Concept concept) {
		reportDuplicates(concept.getEvents(), Event::getName, P.getEvent_Name(), Messages.duplicateEventId,
				IssueCodes.DUPLICATE_EVENT_ID, concept);
	}

	@Check
	public void checkUniqueFlagIds(Concept concept) {
		reportDuplicates(concept.getFlags(), Flag::getName, P.getFlag_Name(), Messages.duplicateFlagId,
				IssueCodes.DUPLICATE_FLAG_ID, concept);
	}

	@Check
	public void checkUniqueThemeIds(Concept concept) {
		reportDuplicates(concept.getThemes(), Theme::getName, P.getTheme_Name(), Messages.duplicateThemeId,
				IssueCodes.DUPLICATE_THEME_ID, concept);
	}

	/**
	 * An id declared here and in an imported file is declared twice: both rules would be
	 * applied (two verdicts per case), and which one a reference means is chance.
	 */
	@Check(CheckType.NORMAL)
	public void checkIdsNotDeclaredInImports(Concept concept) {
		Map<EClass, Map<String, EObject>> imported = new HashMap<>();
		for (Concept library : Imports.importedConcepts(concept)) {
			for (EObject element : declarations(library)) {
				imported.computeIfAbsent(element.eClass(), k -> new HashMap<>()).putIfAbsent(nameOf(element), element);
			}
		}
		for (EObject element : declarations(concept)) {
			String name = nameOf(element);
			EObject other = imported.getOrDefault(element.eClass(), Map.of()).get(name);
			if (other != null) {
				ICompositeNode node = NodeModelUtils.getNode(other);
				error(NLS.bind(Messages.idDeclaredInImport, new Object[] { name, other.eResource().getURI().lastSegment(),
						node == null ? "?" : node.getStartLine() }), element,
						element.eClass().getEStructuralFeature("name"), IssueCodes.ID_DECLARED_IN_IMPORT, name);
			}
		}
	}

	/** Everything a concept declares by id (what another file could declare too). */
	private static List<EObject> declarations(Concept concept) {
		List<EObject> all = new ArrayList<>();
		all.addAll(concept.getLaws());
		all.addAll(concept.getEvents());
		all.addAll(concept.getFlags());
		all.addAll(concept.getThemes());
		all.addAll(concept.getStages());
		concept.getStages().forEach(s -> all.addAll(s.getQuestions()));
		all.addAll(concept.getRules());
		all.addAll(concept.getModels());
		all.removeIf(e -> nameOf(e) == null);
		return all;
	}

	private static String nameOf(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
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

	/**
	 * Reports every question of this file that lies on a cycle of conditions, naming a cycle
	 * it is on; the cycle may run through questions of imported files.
	 */
	@Check
	public void checkConditionCycles(Concept concept) {
		Map<Question, Integer> components = cycleComponents(concept);
		Map<Integer, Cycle> cycles = new HashMap<>();
		for (Stage stage : concept.getStages()) {
			for (Question question : stage.getQuestions()) {
				Integer component = components.get(question);
				if (component == null) {
					continue;
				}
				Cycle cycle = cycles.computeIfAbsent(component, c -> new Cycle(cycleThrough(question, components)));
				error(NLS.bind(Messages.conditionCycle, cycle.describe(question)), question, P.getQuestion_Condition(),
						IssueCodes.CONDITION_CYCLE);
			}
		}
	}

	/** The questions a question's condition depends on (other than itself). */
	private static List<Question> dependencies(Question question) {
		List<Question> targets = new ArrayList<>();
		if (question.getCondition() != null) {
			for (AnswerCondition a : EcoreUtil2.eAllOfType(question.getCondition(), AnswerCondition.class)) {
				Question target = a.getQuestion();
				if (target != null && !target.eIsProxy() && target != question) {
					targets.add(target);
				}
			}
		}
		return targets;
	}

	/**
	 * For every question on a cycle (of this concept or reached from it through imports), the
	 * number of its strongly connected component; computed once per validation run, without
	 * recursion (Tarjan's algorithm with an explicit stack), in time linear in the conditions.
	 */
	@SuppressWarnings("unchecked")
	private Map<Question, Integer> cycleComponents(Concept concept) {
		if (concept == null) {
			return Map.of();
		}
		Map<Object, Object> context = getContext();
		Object key = List.of(TilsynValidator.class, "cycles", concept);
		Map<Question, Integer> cached = context == null ? null : (Map<Question, Integer>) context.get(key);
		if (cached != null) {
			return cached;
		}
		Map<Question, List<Question>> graph = new LinkedHashMap<>();
		Deque<Question> todo = new ArrayDeque<>();
		concept.getStages().forEach(s -> todo.addAll(s.getQuestions()));
		while (!todo.isEmpty()) {
			Question question = todo.poll();
			if (!graph.containsKey(question)) {
				List<Question> targets = dependencies(question);
				graph.put(question, targets);
				todo.addAll(targets);
			}
		}
		Map<Question, Integer> index = new HashMap<>();
		Map<Question, Integer> low = new HashMap<>();
		Deque<Question> stack = new ArrayDeque<>();
		Set<Question> onStack = new HashSet<>();
		Map<Question, Integer> components = new HashMap<>();
		record Frame(Question question, int[] next) {
		}
		for (Question root : graph.keySet()) {
			if (index.containsKey(root)) {
				continue;
			}
			Deque<Frame> calls = new ArrayDeque<>();
			index.put(root, index.size());
			low.put(root, index.get(root));
			stack.push(root);
			onStack.add(root);
			calls.push(new Frame(root, new int[1]));
			while (!calls.isEmpty()) {
				Frame frame = calls.peek();
				Question u = frame.question();
				List<Question> successors = graph.get(u);
				if (frame.next()[0] < successors.size()) {
					Question w = successors.get(frame.next()[0]++);
					if (!index.containsKey(w)) {
						index.put(w, index.size());
						low.put(w, index.get(w));
						stack.push(w);
						onStack.add(w);
						calls.push(new Frame(w, new int[1]));
					} else if (onStack.contains(w)) {
						low.put(u, Math.min(low.get(u), index.get(w)));
					}
					continue;
				}
				calls.pop();
				if (low.get(u).equals(index.get(u))) {
					List<Question> component = new ArrayList<>();
					Question w;
					do {
						w = stack.pop();
						onStack.remove(w);
						component.add(w);
					} while (w != u);
					if (component.size() > 1) {
						for (Question q : component) {
							components.put(q, index.get(u));
						}
					}
				}
				if (!calls.isEmpty()) {
					Question parent = calls.peek().question();
					low.put(parent, Math.min(low.get(parent), low.get(u)));
				}
			}
		}
		if (context != null) {
			context.put(key, components);
		}
		return components;
	}

	/** A shortest cycle from the question back to itself within its component (breadth first). */
	private static List<Question> cycleThrough(Question start, Map<Question, Integer> components) {
		Integer component = components.get(start);
		Map<Question, Question> cameFrom = new HashMap<>();
		Deque<Question> todo = new ArrayDeque<>();
		todo.add(start);
		while (!todo.isEmpty()) {
			Question at = todo.poll();
			for (Question next : dependencies(at)) {
				if (!component.equals(components.get(next))) {
					continue;
				}
				if (next == start) {
					List<Question> cycle = new ArrayList<>();
					for (Question q = at; q != null; q = q == start ? null : cameFrom.get(q)) {
						cycle.add(0, q);
					}
					return cycle;
				}
				if (!cameFrom.containsKey(next)) {
					cameFrom.put(next, at);
					todo.add(next);
				}
			}
		}
		return List.of(start);
	}

	/** A cycle of questions, and where each of them is on it. */
	private static final class Cycle {
		private final List<Question> questions;
		private final Map<Question, Integer> positions = new HashMap<>();

		Cycle(List<Question> questions) {
			this.questions = questions;
			for (int i = 0; i < questions.size(); i++) {
				positions.put(questions.get(i), i);
			}
		}

		/** "a → b → c → a", from the question when it is on the cycle; long cycles shortened. */
		String describe(Question question) {
			int from = positions.getOrDefault(question, 0);
			int shown = Math.min(questions.size(), 8);
			List<String> names = new ArrayList<>();
			for (int i = 0; i < shown; i++) {
				names.add(questions.get((from + i) % questions.size()).getName());
			}
			if (shown < questions.size()) {
				names.add("… (" + questions.size() + ")");
			}
			names.add(questions.get(from).getName());
			return String.join(" → ", names);
		}
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
		LocalDate date = date(law.getValidFrom());
		return date == null ? LocalDate.MIN : date;
	}

	private static LocalDate to(Law law) {
		LocalDate date = date(law.getValidTo());
		return date == null ? LocalDate.MAX : date;
	}

	/** The date, or null when there is none or it does not exist (the date check reports that). */
	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static final Set<EAttribute> DATES = Set.of(P.getConcept_ValidFrom(), P.getLaw_ValidFrom(),
			P.getLaw_ValidTo(), P.getRuleBasedSelection_Cutoff(), P.getRuleBasedSelection_ResponsibleSince());

	/** The grammar takes any NNNN-NN-NN; only dates of the calendar (2017-02-30 is none) mean something. */
	@Check
	public void checkDatesExist(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (DATES.contains(attribute) && object.eGet(attribute) instanceof String text && date(text) == null) {
				error(NLS.bind(Messages.invalidDate, text), object, attribute, IssueCodes.INVALID_DATE);
			}
		}
	}

	@Check
	public void checkLawValidity(Law law) {
		LocalDate from = date(law.getValidFrom());
		LocalDate to = date(law.getValidTo());
		if (from != null && to != null && from.isAfter(to)) {
			error(NLS.bind(Messages.lawValidityReversed, new Object[] { law.getName(), from, to }), law,
					P.getLaw_ValidTo(), IssueCodes.LAW_VALIDITY_REVERSED);
		}
	}

	/**
	 * Numbers beyond these are refused rather than computed with: a sum of two large draws
	 * would overflow, and no municipality reviews more cases than this in a round.
	 */
	private static final Map<EAttribute, Integer> MAXIMA = Map.of(P.getDraw_Count(), 10_000, P.getDraw_Max(), 10_000,
			P.getQuota_Count(), 10_000, P.getSubQuota_Count(), 10_000, P.getDecisionTypeCount_Count(), 10_000,
			P.getCadence_TimesPerYear(), 365, P.getDuration_Amount(), 10_000, P.getFrequency_Count(), 366);

	@Check
	public void checkNumbersInRange(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			Integer max = MAXIMA.get(attribute);
			if (max != null && object.eGet(attribute) instanceof Integer value && value > max) {
				error(NLS.bind(Messages.numberOutOfRange, value, max), object, attribute, IssueCodes.NUMBER_OUT_OF_RANGE);
			}
		}
	}

	// ---- sampling models ----------------------------------------------------------------

	/** A level cannot draw more than the level below it has when that level's size is fixed. */
	@Check
	public void checkLevelSizes(SamplingModel model) {
		Map<Integer, Long> fixedSize = new HashMap<>();
		for (Level level : model.getLevels()) {
			Long total = fixedTotal(level);
			if (total != null) {
				fixedSize.put(level.getNumber(), total);
			}
		}
		for (Level level : model.getLevels()) {
			if (level.getFrame() instanceof LevelFrame frame) {
				Long available = fixedSize.get(frame.getLevel());
				Long wanted = fixedTotal(level);
				if (available != null && wanted != null && wanted > available) {
					error(NLS.bind(Messages.levelExceedsFrame,
							new Object[] { level.getNumber(), wanted, frame.getLevel(), available }), level,
							P.getLevel_Number(), IssueCodes.LEVEL_EXCEEDS_FRAME);
				}
			}
		}
	}

	/** The number of cases a level draws when it is a plain number (not per unit, caseworker, ...). */
	private static Long fixedTotal(Level level) {
		if (level.getDraws().isEmpty()) {
			return null;
		}
		long total = 0;
		for (Draw draw : level.getDraws()) {
			if (draw.getStratum() != null && draw.getStratum() != dk.tilsyn.model.concept.Stratification.ALL) {
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
		long sum = quota.getSubQuotas().stream().mapToLong(SubQuota::getCount).sum();
		if (sum > quota.getCount()) {
			error(NLS.bind(Messages.subQuotaExceedsQuota, sum, quota.getCount()), quota, P.getQuota_Count(),
					IssueCodes.SUBQUOTA_EXCEEDS_QUOTA);
		}
	}

	@Check
	public void checkDrawRange(Draw draw) {
		if (draw.getMax() > 0 && draw.getMax() < draw.getCount()) {
			error(NLS.bind(Messages.drawRangeReversed, draw.getCount(), draw.getMax()), draw, P.getDraw_Max(),
					IssueCodes.DRAW_RANGE_REVERSED);
		}
	}

	@Check
	public void checkQuotasWithinDraw(Draw draw) {
		if (draw.getQuotas().isEmpty()) {
			return;
		}
		long sum = draw.getQuotas().stream().mapToLong(Quota::getCount).sum();
		long drawn = draw.getMax() > 0 ? draw.getMax() : draw.getCount();
		if (sum > drawn) {
			error(NLS.bind(Messages.quotasExceedDraw, sum, drawn), draw, P.getDraw_Count(),
					IssueCodes.QUOTAS_EXCEED_DRAW);
		}
	}

	@Check
	public void checkUniqueLevelNumbers(SamplingModel model) {
		Set<Integer> seen = new HashSet<>();
		for (Level level : model.getLevels()) {
			if (!seen.add(level.getNumber())) {
				error(NLS.bind(Messages.duplicateLevel, level.getNumber(), model.getName()), level, P.getLevel_Number(),
						IssueCodes.DUPLICATE_LEVEL);
			}
		}
	}

	/** The review levels are the four of the municipality's hierarchy (docs/SAMPLING.md). */
	@Check
	public void checkLevelNumberRange(Level level) {
		if (level.getNumber() < 1 || level.getNumber() > 4) {
			error(NLS.bind(Messages.levelOutOfRange, level.getNumber()), level, P.getLevel_Number(),
					IssueCodes.LEVEL_OUT_OF_RANGE);
		}
	}

	@Check
	public void checkFrameLevelExists(LevelFrame frame) {
		Level level = EcoreUtil2.getContainerOfType(frame, Level.class);
		SamplingModel model = EcoreUtil2.getContainerOfType(frame, SamplingModel.class);
		if (level != null && model != null
				&& model.getLevels().stream().noneMatch(l -> l.getNumber() == frame.getLevel())) {
			error(NLS.bind(Messages.frameLevelMissing, new Object[] { level.getNumber(), frame.getLevel(),
					model.getName() }), frame, P.getLevelFrame_Level(), IssueCodes.FRAME_LEVEL_MISSING);
		}
	}

	/** A level reviews cases the level below it drew: its frame is an earlier level. */
	@Check
	public void checkFrameLevelIsEarlier(LevelFrame frame) {
		Level level = EcoreUtil2.getContainerOfType(frame, Level.class);
		SamplingModel model = EcoreUtil2.getContainerOfType(frame, SamplingModel.class);
		if (level != null && model != null && frame.getLevel() >= level.getNumber()
				&& model.getLevels().stream().anyMatch(l -> l.getNumber() == frame.getLevel())) {
			error(NLS.bind(Messages.frameLevelNotEarlier, level.getNumber(), frame.getLevel()), frame,
					P.getLevelFrame_Level(), IssueCodes.FRAME_LEVEL_NOT_EARLIER);
		}
	}

	@Check
	public void checkModelDrawsSomething(SamplingModel model) {
		if (model.getLevels().isEmpty() && model.getSelection() == null && model.getService() == null) {
			error(NLS.bind(Messages.modelWithoutLevels, model.getName()), model, P.getSamplingModel_Name(),
					IssueCodes.MODEL_WITHOUT_LEVELS);
		}
	}

	// ---- imports ---------------------------------------------------------------------------

	@Check
	public void checkImportIsALocalConceptFile(Import anImport) {
		String path = anImport.getImportURI();
		ImportPolicy.Refusal refusal = ImportPolicy.refusal(path);
		if (refusal != null) {
			error(NLS.bind(refusalMessage(refusal), path), anImport, P.getImport_ImportURI(), IssueCodes.IMPORT_REFUSED);
		}
	}

	private static String refusalMessage(ImportPolicy.Refusal refusal) {
		return switch (refusal) {
		case URL -> Messages.importRefusedUrl;
		case OUTSIDE -> Messages.importRefusedOutside;
		case NOT_TILSYN -> Messages.importRefusedNotTilsyn;
		};
	}

	/** Judged by the file's attributes only: a pipe or a device is never opened. */
	@Check(CheckType.NORMAL)
	public void checkImportedFileExists(Import anImport) {
		String path = anImport.getImportURI();
		if (ImportPolicy.refusal(path) != null || ImportPolicy.isLoaded(anImport.eResource(), path)) {
			return;
		}
		String message = switch (ImportPolicy.fileStatus(anImport.eResource(), path)) {
		case MISSING -> Messages.importNotFound;
		case NOT_A_FILE -> Messages.importNotAFile;
		case OUTSIDE -> Messages.importRefusedOutside;
		case TOO_LARGE -> NLS.bind(Messages.importTooLarge, "{0}", ImportPolicy.MAX_FILE_SIZE / (1024 * 1024));
		case OK, UNKNOWN -> null;
		};
		if (message != null) {
			error(NLS.bind(message, path), anImport, P.getImport_ImportURI(), IssueCodes.IMPORT_NOT_FOUND);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkImportedFileIsAConcept(Import anImport) {
		String path = anImport.getImportURI();
		if (!ImportPolicy.allows(anImport.eResource(), path)) {
			return;
		}
		String why = null;
		Path file = ImportPolicy.file(ImportPolicy.resolve(anImport.eResource(), path));
		if (file != null) {
			try {
				byte[] bytes = Files.readAllBytes(file); // a regular file of a bounded size (ImportPolicy)
				if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
					why = Messages.importEmpty;
				} else if (!isText(bytes)) {
					why = Messages.importBinary;
				}
			} catch (IOException e) {
				return; // gone since: the existence check says so
			}
		}
		Resource resource = why == null ? Imports.load(anImport) : null;
		if (why == null && resource != null
				&& (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Concept))) {
			why = Messages.importNoConcept;
		}
		if (why != null) {
			error(NLS.bind(Messages.importNotAConcept, path, why), anImport, P.getImport_ImportURI(),
					IssueCodes.IMPORT_NOT_A_CONCEPT);
		}
	}

	private static boolean isText(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/**
	 * A concept checked on its own says that a library it imports is broken (syntax or
	 * reference errors), so it is not used as if it were whole; the library's own check says where.
	 */
	@Check(CheckType.NORMAL)
	public void checkImportedFileHasNoErrors(Import anImport) {
		Resource resource = Imports.load(anImport);
		if (resource == null || resource == anImport.eResource() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Concept)) {
			return;
		}
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		List<Resource.Diagnostic> errors = resource.getErrors();
		if (!errors.isEmpty()) {
			Resource.Diagnostic first = errors.get(0);
			error(NLS.bind(Messages.importedFileHasErrors,
					new Object[] { anImport.getImportURI(), errors.size(), first.getLine(), first.getMessage() }),
					anImport, P.getImport_ImportURI(), IssueCodes.IMPORTED_FILE_HAS_ERRORS);
		}
	}

	// ---- the previous concept version -----------------------------------------------------

	/** Trends compare a question with itself across versions: a changed text breaks that. */
	@Check(CheckType.NORMAL)
	public void checkTextUnchangedSincePrevious(Concept concept) {
		if (concept.getPrevious() == null || concept.eResource() == null
				|| ImportPolicy.refusal(concept.getPrevious()) != null) {
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

	@Check
	public void checkPreviousIsALocalConceptFile(Concept concept) {
		ImportPolicy.Refusal refusal = concept.getPrevious() == null ? null : ImportPolicy.refusal(concept.getPrevious());
		if (refusal != null) {
			error(NLS.bind(refusalMessage(refusal), concept.getPrevious()), concept, P.getConcept_Previous(),
					IssueCodes.IMPORT_REFUSED);
		}
	}

	private static Concept load(Resource context, String path) {
		if (!ImportPolicy.allows(context, path)) {
			return null; // never fetched or opened: see checkPreviousIsALocalConceptFile
		}
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
