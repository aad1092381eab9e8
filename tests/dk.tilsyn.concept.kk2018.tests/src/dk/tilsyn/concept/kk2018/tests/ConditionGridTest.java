package dk.tilsyn.concept.kk2018.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.ConceptRules;
import dk.tilsyn.concept.ConditionParts;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.InterpretedConcept;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.model.concept.AgeCondition;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.EventCondition;
import dk.tilsyn.model.concept.FlagCondition;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.RuleDefinition;
import dk.tilsyn.model.concept.YesNoKind;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;

/**
 * Every condition of the reference concept, over a grid of answers (every value of each question
 * the condition compares) and case facts (the unknown case; ages on both sides of each limit the
 * concept's conditions name, each flag they name on and off, each event they name absent, early
 * or late, with each value compared): the generated validator and the interpreter ask the same
 * questions, and a rule's applicability reads the case as a question's condition does.
 */
class ConditionGridTest {
	private static final LocalDate BASE = LocalDate.of(2024, 6, 1);
	private static final ReviewFactory F = ReviewFactory.eINSTANCE;

	private final InstalledConcept generated = new Kk2018Concept();
	private final InstalledConcept interpreted = new InterpretedConcept(generated.model());

	@Test
	void generatedAndInterpretedQuestionsAgreeOnTheWholeGrid() {
		List<Question> conditioned = generated.stages().stream().flatMap(s -> s.getQuestions().stream())
				.filter(q -> q.getCondition() != null).toList();
		assertTrue(conditioned.size() >= 8, "the reference concept has follow-up and age questions");
		List<Case> cases = cases(allConditions(), true);
		for (Question question : conditioned) {
			Condition condition = question.getCondition();
			Set<Boolean> seen = new TreeSet<>();
			for (Review review : reviews(condition)) {
				for (Case theCase : cases) {
					Answers answers = Answers.of(review, theCase);
					boolean asked = generated.validator().isAsked(question.getName(), answers);
					assertEquals(asked, interpreted.validator().isAsked(question.getName(), answers),
							() -> question.getName() + " with " + describe(review) + " on " + describe(theCase));
					seen.add(asked);
				}
			}
			assertEquals(Set.of(false, true), seen, question.getName() + ": the grid makes the condition both hold and fail");
		}
	}

	@Test
	void aRulesApplicabilityReadsTheCaseAsAQuestionsConditionDoes() {
		List<Condition> conditions = allConditions().stream().filter(c -> c.eContainer() instanceof RuleDefinition)
				.toList();
		assertTrue(conditions.size() >= 4, "the library's rules have flag, event and age conditions");
		List<Case> cases = cases(allConditions(), false);
		Review none = F.createReview();
		for (Condition condition : conditions) {
			Predicate<CaseFacts> applies = ConceptRules.applies(condition);
			Set<Boolean> seen = new TreeSet<>();
			for (Case theCase : cases) {
				boolean holds = applies.test(ConceptRules.facts(theCase));
				assertEquals(holds, InterpretedConcept.holds(condition, Answers.of(none, theCase)), () -> describe(theCase));
				seen.add(holds);
			}
			assertEquals(Set.of(false, true), seen, "the grid makes each applicability both hold and fail");
		}
	}

	@Test
	void aRuleConditionOnAnswersIsRefused() {
		Condition onAnswers = generated.question("ha13").orElseThrow().getCondition(); // ha11 = nej eller alder >= 15
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> ConceptRules.applies(onAnswers));
		assertTrue(refused.getMessage().endsWith("ha11 = nej"), refused.getMessage());
	}

	@Test
	void aConditionOnCaseFactsHoldsWhileTheCaseIsUnknownAndOnlyThen() {
		Question ha18 = generated.question("ha18").orElseThrow(); // hvis alder >= 12
		Review none = F.createReview();
		assertTrue(generated.validator().isAsked("ha18", Answers.of(none)));
		assertFalse(generated.validator().isAsked("ha18", Answers.of(none, aCase(11, Set.of(), Map.of()))));
		assertFalse(interpreted.validator().isAsked("ha18", Answers.of(none, aCase(11, Set.of(), Map.of()))));
		assertTrue(interpreted.validator().isAsked("ha18", Answers.of(none, aCase(12, Set.of(), Map.of()))));
		assertTrue(ha18.getCondition() instanceof AgeCondition);
	}

	/** Every condition of the concept and its library: questions', stages' and rules'. */
	private List<Condition> allConditions() {
		List<Condition> conditions = new ArrayList<>();
		for (EObject root : generated.model().eResource().getContents()) {
			for (EObject o : (Iterable<EObject>) ((Concept) root)::eAllContents) {
				if (o instanceof Condition c && !(o.eContainer() instanceof Condition)) {
					conditions.add(c);
				}
			}
		}
		return conditions;
	}

	/** Reviews answering the questions the condition compares, with every value it could matter. */
	private static List<Review> reviews(Condition condition) {
		Map<String, List<Consumer<Answer>>> domains = new LinkedHashMap<>();
		for (AnswerCondition a : parts(List.of(condition), AnswerCondition.class)) {
			Question q = a.getQuestion();
			List<Consumer<Answer>> domain = domains.computeIfAbsent(q.getName(), n -> new ArrayList<>());
			if (q.getKind() == null || q.getKind() instanceof YesNoKind) {
				if (domain.isEmpty()) {
					for (AnswerValue v : AnswerValue.values()) {
						domain.add(answer -> answer.setValue(v));
					}
				}
			} else {
				String literal = ConditionParts.literal(a.getValue());
				domain.add(answer -> answer.setText(literal));
				domain.add(answer -> answer.setText("anden"));
				if (a.getValue() instanceof NumberLiteral n) {
					domain.add(answer -> answer.setText(Integer.toString(n.getNumber() - 1)));
					domain.add(answer -> answer.setText(Integer.toString(n.getNumber() + 1)));
				}
			}
		}
		List<Review> reviews = new ArrayList<>();
		reviews.add(F.createReview());
		for (Map.Entry<String, List<Consumer<Answer>>> question : domains.entrySet()) {
			List<Review> more = new ArrayList<>();
			for (Review review : reviews) {
				more.add(review); // unanswered
				for (Consumer<Answer> value : question.getValue()) {
					Review answered = EcoreUtil.copy(review);
					Answer answer = F.createAnswer();
					answer.setQuestionId(question.getKey());
					value.accept(answer);
					answered.getAnswers().add(answer);
					more.add(answered);
				}
			}
			reviews = more;
		}
		return reviews;
	}

	/**
	 * Cases (and, for a question, the unknown case as null) over the ages, flags and events the
	 * conditions mention.
	 */
	private static List<Case> cases(List<Condition> conditions, boolean withUnknown) {
		Set<Integer> ages = new TreeSet<>();
		for (AgeCondition a : parts(conditions, AgeCondition.class)) {
			for (int d = -1; d <= 1; d++) {
				ages.add(Math.max(0, a.getYears() + d));
			}
		}
		Set<String> flags = new LinkedHashSet<>();
		parts(conditions, FlagCondition.class).forEach(f -> flags.add(f.getFlag().getName()));
		Map<String, Set<String>> events = new LinkedHashMap<>();
		for (EventCondition e : parts(conditions, EventCondition.class)) {
			Set<String> values = events.computeIfAbsent(e.getEvent().getName(), n -> new LinkedHashSet<>());
			if (e.getBefore() != null) {
				events.computeIfAbsent(e.getBefore().getName(), n -> new LinkedHashSet<>());
			}
			if (e.getValue() != null) {
				values.add(ConditionParts.literal(e.getValue()));
				values.add("anden");
			}
		}
		List<Integer> ageGrid = new ArrayList<>(ages);
		ageGrid.add(-1); // birth date not known
		List<Map<String, String>> eventGrid = eventGrid(events);
		List<Case> cases = new ArrayList<>();
		if (withUnknown) {
			cases.add(null);
		}
		for (int age : ageGrid) {
			for (Set<String> flagSet : subsets(new ArrayList<>(flags))) {
				for (Map<String, String> happened : eventGrid) {
					cases.add(aCase(age, flagSet, happened));
				}
			}
		}
		return cases;
	}

	/** Each event absent, early or late (so that "før" goes both ways), with each value compared. */
	private static List<Map<String, String>> eventGrid(Map<String, Set<String>> events) {
		List<Map<String, String>> grid = new ArrayList<>();
		grid.add(new LinkedHashMap<>());
		for (Map.Entry<String, Set<String>> event : events.entrySet()) {
			List<String> values = event.getValue().isEmpty() ? List.of("") : List.copyOf(event.getValue());
			List<Map<String, String>> more = new ArrayList<>();
			for (Map<String, String> happened : grid) {
				more.add(happened);
				for (String when : List.of("early", "late")) {
					for (String value : values) {
						Map<String, String> with = new LinkedHashMap<>(happened);
						with.put(event.getKey(), when + ":" + value);
						more.add(with);
					}
				}
			}
			grid = more;
		}
		return grid;
	}

	private static List<Set<String>> subsets(List<String> items) {
		List<Set<String>> subsets = new ArrayList<>();
		for (int mask = 0; mask < 1 << items.size(); mask++) {
			Set<String> subset = new LinkedHashSet<>();
			for (int i = 0; i < items.size(); i++) {
				if ((mask & 1 << i) != 0) {
					subset.add(items.get(i));
				}
			}
			subsets.add(subset);
		}
		return subsets;
	}

	/**
	 * A case of a child {@code age} years old (born mid-year, so the age is the same on every date
	 * of the grid; -1: birth date not known), with an event on the grid's base date, so that the
	 * date the age is taken on never depends on today.
	 */
	private static Case aCase(int age, Set<String> flags, Map<String, String> events) {
		Case c = F.createCase();
		c.setId("G-" + age + "-" + flags + "-" + events);
		c.setUnit("Amager");
		c.setCaseworker("SB101");
		c.setBirthDate(age < 0 ? null : BASE.minusYears(age).minusMonths(6));
		c.getFlags().addAll(flags);
		c.getEvents().add(event("grid_anchor", BASE, null));
		events.forEach((name, text) -> {
			String[] whenValue = text.split(":", 2);
			LocalDate date = whenValue[0].equals("early") ? BASE.minusDays(10) : BASE.plusDays(5);
			c.getEvents().add(event(name, date, whenValue[1].isEmpty() ? null : whenValue[1]));
		});
		return c;
	}

	private static CaseEvent event(String name, LocalDate date, String value) {
		CaseEvent e = F.createCaseEvent();
		e.setName(name);
		e.setDate(date);
		e.setValue(value);
		return e;
	}

	private static <T> List<T> parts(List<Condition> conditions, Class<T> type) {
		List<T> parts = new ArrayList<>();
		for (Condition condition : conditions) {
			if (type.isInstance(condition)) {
				parts.add(type.cast(condition));
			}
			for (EObject o : (Iterable<EObject>) condition::eAllContents) {
				if (type.isInstance(o)) {
					parts.add(type.cast(o));
				}
			}
		}
		return parts;
	}

	private static String describe(Review review) {
		return review.getAnswers().stream()
				.map(a -> a.getQuestionId() + "=" + (a.isSetValue() ? a.getValue() : a.getText())).toList().toString();
	}

	private static String describe(Case c) {
		return c == null ? "an unknown case" : c.getId();
	}
}
