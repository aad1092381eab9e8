package dk.tilsyn.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tilsyn.lang.WrittenConditions;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.concept.AgeCondition;
import dk.tilsyn.model.concept.And;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.Not;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.Or;

/**
 * Decides whether a condition can never hold: it is expanded into alternatives (or) of
 * conjunctions (and) of possibly negated atoms, and a conjunction fails when it asks one answer
 * to have two values, an age or number to lie in an empty range, or an atom to hold and not hold.
 */
final class ConditionAnalysis {
	private static final int MAX_ALTERNATIVES = 256;

	private record Literal(Condition atom, boolean negated) {
	}

	private ConditionAnalysis() {
	}

	/** Why the condition can never hold, or null when it can (or the analysis cannot tell). */
	static String whyNeverHolds(Condition condition) {
		List<List<Literal>> alternatives = alternatives(condition, false);
		if (alternatives == null || alternatives.isEmpty()) {
			return null;
		}
		String first = null;
		for (List<Literal> conjunction : alternatives) {
			String why = contradiction(conjunction);
			if (why == null) {
				return null;
			}
			first = first == null ? why : first;
		}
		return first;
	}

	/** Disjunctive normal form, or null when it would grow too large to be worth it. */
	private static List<List<Literal>> alternatives(Condition c, boolean negated) {
		if (c instanceof Not not) {
			return alternatives(not.getOperand(), !negated);
		}
		boolean isOr = c instanceof Or;
		boolean isAnd = c instanceof And;
		if (isOr || isAnd) {
			Condition left = isOr ? ((Or) c).getLeft() : ((And) c).getLeft();
			Condition right = isOr ? ((Or) c).getRight() : ((And) c).getRight();
			List<List<Literal>> l = alternatives(left, negated);
			List<List<Literal>> r = alternatives(right, negated);
			if (l == null || r == null) {
				return null;
			}
			// De Morgan: a negated or is an and of negations, and the other way round
			if (isOr != negated) {
				List<List<Literal>> union = new ArrayList<>(l);
				union.addAll(r);
				return union.size() > MAX_ALTERNATIVES ? null : union;
			}
			List<List<Literal>> product = new ArrayList<>();
			for (List<Literal> a : l) {
				for (List<Literal> b : r) {
					List<Literal> both = new ArrayList<>(a);
					both.addAll(b);
					product.add(both);
					if (product.size() > MAX_ALTERNATIVES) {
						return null;
					}
				}
			}
			return product;
		}
		if (c == null) {
			return null;
		}
		List<List<Literal>> single = new ArrayList<>();
		single.add(List.of(new Literal(c, negated)));
		return single;
	}

	private static String contradiction(List<Literal> conjunction) {
		Map<String, long[]> ranges = new HashMap<>(); // subject → [low, high], inclusive
		Map<String, String> required = new HashMap<>();
		Map<String, Set<String>> excluded = new HashMap<>();
		Set<String> holds = new HashSet<>();
		Set<String> fails = new HashSet<>();
		for (Literal literal : conjunction) {
			Condition atom = literal.atom();
			if (atom instanceof AgeCondition age) {
				String why = narrow(ranges, "alder", age.getOp(), age.getYears(), literal.negated());
				if (why != null) {
					return why;
				}
			} else if (atom instanceof AnswerCondition answer && answer.getQuestion() != null
					&& !answer.getQuestion().eIsProxy()) {
				String subject = answer.getQuestion().getName();
				if (answer.getValue() instanceof NumberLiteral number) {
					String why = narrow(ranges, subject, answer.getOp(), number.getNumber(), literal.negated());
					if (why != null) {
						return why;
					}
					continue;
				}
				String value = Conditions.value(answer.getValue());
				boolean equal = (answer.getOp() == Comparison.EQ) != literal.negated();
				if (answer.getOp() != Comparison.EQ && answer.getOp() != Comparison.NE) {
					continue;
				}
				if (equal) {
					String before = required.putIfAbsent(subject, value);
					if (before != null && !before.equals(value)) {
						return subject + " = " + before + " og " + subject + " = " + value;
					}
				} else {
					excluded.computeIfAbsent(subject, k -> new HashSet<>()).add(value);
				}
				String need = required.get(subject);
				if (need != null && excluded.getOrDefault(subject, Set.of()).contains(need)) {
					return subject + " = " + need + " og " + subject + " != " + need;
				}
			} else {
				String text = WrittenConditions.toText(atom);
				if ((literal.negated() ? fails : holds).add(text) && (literal.negated() ? holds : fails).contains(text)) {
					return text + " og ikke " + text;
				}
			}
		}
		return null;
	}

	private static String narrow(Map<String, long[]> ranges, String subject, Comparison op, int n, boolean negated) {
		long[] range = ranges.computeIfAbsent(subject, k -> new long[] { Long.MIN_VALUE, Long.MAX_VALUE });
		Comparison effective = negated ? negate(op) : op;
		switch (effective) {
		case EQ -> {
			range[0] = Math.max(range[0], n);
			range[1] = Math.min(range[1], n);
		}
		case LT -> range[1] = Math.min(range[1], n - 1L);
		case LE -> range[1] = Math.min(range[1], n);
		case GT -> range[0] = Math.max(range[0], n + 1L);
		case GE -> range[0] = Math.max(range[0], n);
		case NE -> {
			if (range[0] == n && range[1] == n) {
				range[0] = n + 1L;
			}
		}
		}
		return range[0] > range[1] ? subject + ": intet tal opfylder alle krav" : null;
	}

	private static Comparison negate(Comparison op) {
		return switch (op) {
		case EQ -> Comparison.NE;
		case NE -> Comparison.EQ;
		case LT -> Comparison.GE;
		case LE -> Comparison.GT;
		case GT -> Comparison.LE;
		case GE -> Comparison.LT;
		};
	}
}
