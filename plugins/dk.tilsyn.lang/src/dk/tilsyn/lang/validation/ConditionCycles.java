package dk.tilsyn.lang.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;

import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Question;

/**
 * The cycles of the graph "a question's condition reads the answer of another question", over a
 * concept and the questions of imported files it reaches.
 */
final class ConditionCycles {
	private ConditionCycles() {
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
	 * number of its strongly connected component; without recursion (Tarjan's algorithm with an
	 * explicit stack), in time linear in the conditions.
	 */
	static Map<Question, Integer> components(Concept concept) {
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
		return components;
	}

	/** A shortest cycle from the question back to itself within its component (breadth first). */
	static Cycle cycleThrough(Question start, Map<Question, Integer> components) {
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
					return new Cycle(cycle);
				}
				if (!cameFrom.containsKey(next)) {
					cameFrom.put(next, at);
					todo.add(next);
				}
			}
		}
		return new Cycle(List.of(start));
	}

	/** A cycle of questions, and where each of them is on it. */
	static final class Cycle {
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
}
