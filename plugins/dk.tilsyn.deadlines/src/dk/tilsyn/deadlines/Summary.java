package dk.tilsyn.deadlines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.tilsyn.deadlines.Verdict.Kind;

/**
 * Management information over a population: per rule and unit, the count of each verdict and the
 * share met (met of met + missed). Not thread-safe; {@link #merge} combines partial summaries.
 */
public final class Summary {
	/** The unit name of the row that totals a rule over all units. */
	public static final String ALL_UNITS = "*";

	/** One rule in one unit (or in all). */
	public record Row(String rule, String unit, long met, long missed, long notYetDue, long notEvaluable,
			long notApplicable) {

		public long count(Kind kind) {
			return switch (kind) {
			case MET -> met;
			case MISSED -> missed;
			case NOT_YET_DUE -> notYetDue;
			case NOT_EVALUABLE -> notEvaluable;
			case NOT_APPLICABLE -> notApplicable;
			};
		}

		public long total() {
			return met + missed + notYetDue + notEvaluable + notApplicable;
		}

		/** met / (met + missed), or NaN when nothing was judged. */
		public double shareMet() {
			return met + missed == 0 ? Double.NaN : (double) met / (met + missed);
		}
	}

	private final List<String> ruleIds = new ArrayList<>();
	/** per rule id, per unit, counts indexed by Kind.ordinal(). */
	private final Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();

	public Summary(List<Rule> rules) {
		for (Rule rule : rules) {
			ruleIds.add(rule.id());
			counts.put(rule.id(), new TreeMap<>());
		}
	}

	public void add(String unit, Verdict verdict) {
		Map<String, long[]> units = counts.computeIfAbsent(verdict.ruleId(), id -> {
			ruleIds.add(id);
			return new TreeMap<>();
		});
		units.computeIfAbsent(unit == null ? "" : unit, u -> new long[Kind.values().length])[verdict.kind().ordinal()]++;
	}

	public Summary merge(Summary other) {
		other.counts.forEach((rule, units) -> {
			Map<String, long[]> mine = counts.computeIfAbsent(rule, id -> {
				ruleIds.add(id);
				return new TreeMap<>();
			});
			units.forEach((unit, n) -> {
				long[] sum = mine.computeIfAbsent(unit, u -> new long[n.length]);
				for (int i = 0; i < n.length; i++) {
					sum[i] += n[i];
				}
			});
		});
		return this;
	}

	/** Per rule (in the rules' order): a row per unit (sorted), then the rule's total over all units. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (String rule : ruleIds) {
			long[] total = new long[Kind.values().length];
			counts.get(rule).forEach((unit, n) -> {
				rows.add(row(rule, unit, n));
				for (int i = 0; i < n.length; i++) {
					total[i] += n[i];
				}
			});
			rows.add(row(rule, ALL_UNITS, total));
		}
		return rows;
	}

	private static Row row(String rule, String unit, long[] n) {
		return new Row(rule, unit, n[0], n[1], n[2], n[3], n[4]);
	}
}
