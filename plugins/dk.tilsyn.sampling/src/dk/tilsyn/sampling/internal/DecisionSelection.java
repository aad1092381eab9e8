package dk.tilsyn.sampling.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.sampling.AuditRecord;
import dk.tilsyn.sampling.DrawRequest;
import dk.tilsyn.sampling.Exclusion;
import dk.tilsyn.sampling.Exclusion.Reason;
import dk.tilsyn.sampling.Frame;
import dk.tilsyn.sampling.LevelRecord;
import dk.tilsyn.sampling.LevelSample;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.ModelSpec.DecisionRule;
import dk.tilsyn.sampling.ModelSpec.DecisionType;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sampler;
import dk.tilsyn.sampling.Stratum;
import dk.tilsyn.sampling.Unit;

/**
 * Ankestyrelsen's selection (seed 000, answer 5), deterministic: per decision type its count
 * of cases, newest decision first on or before the cut-off ("baglæns"), the decision after
 * cut-off − window; cases with an excluded flag, children outside the ages on the cut-off and
 * all but the eldest of a sibling group are left out, each with its reason. Ties (same date)
 * go to the lower case id; a case is taken for one type only, the first declared.
 * <p>
 * The frame is one unit per candidate case (stage = the decision event); the rank column
 * carries the decision date that ordered it.
 */
public final class DecisionSelection {
	private DecisionSelection() {
	}

	private record Decision(Case theCase, String type, LocalDate date) {
	}

	public static dk.tilsyn.sampling.Sample draw(ModelSpec model, DrawRequest request) {
		DecisionRule rule = model.rule();
		LocalDate cutoff = rule.cutoff();
		LocalDate after = rule.within() == null ? LocalDate.MIN : cutoff.minus(rule.within());
		Set<String> types = new HashSet<>();
		rule.types().forEach(t -> types.add(t.type()));

		// candidate cases: a decision of a listed type in the window
		Map<Case, List<Decision>> decisions = new LinkedHashMap<>();
		for (Case c : request.population()) {
			for (CaseEvent e : c.getEvents()) {
				if (e.getName().equals(rule.decisionEvent()) && e.getValue() != null && types.contains(e.getValue().trim())
						&& e.getDate().isAfter(after) && !e.getDate().isAfter(cutoff)) {
					decisions.computeIfAbsent(c, x -> new ArrayList<>())
							.add(new Decision(c, e.getValue().trim(), e.getDate()));
				}
			}
		}
		String stage = rule.decisionEvent();
		List<Exclusion> exclusions = new ArrayList<>();
		List<Case> eligible = new ArrayList<>();
		for (Case c : decisions.keySet()) {
			Exclusion excluded = exclusion(rule, c, stage);
			if (excluded == null) {
				eligible.add(c);
			} else {
				exclusions.add(excluded);
			}
		}
		if (rule.eldestSiblingOnly()) {
			Map<String, Case> eldest = new HashMap<>();
			for (Case c : eligible) {
				if (c.getSiblingGroup() != null && !c.getSiblingGroup().isBlank()) {
					eldest.merge(c.getSiblingGroup(), c, (a, b) -> older(a, b) ? a : b);
				}
			}
			List<Case> kept = new ArrayList<>();
			for (Case c : eligible) {
				Case first = c.getSiblingGroup() == null ? null : eldest.get(c.getSiblingGroup());
				if (first == null || first == c) {
					kept.add(c);
				} else {
					exclusions.add(new Exclusion(c.getId(), stage, Reason.NOT_ELDEST_SIBLING, first.getId()));
				}
			}
			eligible = kept;
		}
		exclusions.sort(Comparator.comparing(Exclusion::caseId, Sha256.UTF8_ORDER));

		List<Unit> frameUnits = eligible.stream().map(c -> unit(c, stage)).toList();
		Frame frame = Frame.of(frameUnits, exclusions);

		Set<Case> taken = new HashSet<>();
		List<Pick> picks = new ArrayList<>();
		List<Stratum> strata = new ArrayList<>();
		Set<Case> eligibleSet = new HashSet<>(eligible);
		for (DecisionType type : rule.types()) {
			// newest decision of this type per case, newest first, ties by case id
			Map<Case, LocalDate> newest = new HashMap<>();
			for (Case c : eligible) {
				for (Decision d : decisions.get(c)) {
					if (d.type().equals(type.type())) {
						newest.merge(c, d.date(), (a, b) -> a.isAfter(b) ? a : b);
					}
				}
			}
			List<Map.Entry<Case, LocalDate>> order = new ArrayList<>(newest.entrySet());
			order.removeIf(e -> !eligibleSet.contains(e.getKey()));
			order.sort(Comparator.comparing((Map.Entry<Case, LocalDate> e) -> e.getValue()).reversed()
					.thenComparing(e -> e.getKey().getId(), Sha256.UTF8_ORDER));
			int size = 0;
			int picked = 0;
			for (Map.Entry<Case, LocalDate> e : order) {
				if (taken.contains(e.getKey())) {
					continue;
				}
				size++;
				if (picked < type.count()) {
					taken.add(e.getKey());
					picks.add(new Pick(unit(e.getKey(), stage), type.type(), e.getValue().toString()));
					picked++;
				}
			}
			strata.add(new Stratum(type.type(), size, type.count(), picked, null));
		}
		LevelRecord record = new LevelRecord(1, "decisions", frame.hash(), frame.size(), strata, picks.size());
		AuditRecord audit = Sampler.audit(model, request, frame, List.of(record));
		return new dk.tilsyn.sampling.Sample(audit, List.of(new LevelSample(1, picks)));
	}

	private static Exclusion exclusion(DecisionRule rule, Case c, String stage) {
		for (String flag : rule.excludedFlags()) {
			if (c.getFlags().contains(flag)) {
				return new Exclusion(c.getId(), stage, Reason.FLAG, flag);
			}
		}
		if (rule.minAge() != null || rule.maxAge() != null) {
			if (c.getBirthDate() == null) {
				return new Exclusion(c.getId(), stage, Reason.BIRTH_DATE_UNKNOWN, null);
			}
			int age = Period.between(c.getBirthDate(), rule.cutoff()).getYears();
			if (c.getBirthDate().isAfter(rule.cutoff()) || rule.minAge() != null && age < rule.minAge()
					|| rule.maxAge() != null && age > rule.maxAge()) {
				return new Exclusion(c.getId(), stage, Reason.AGE, Integer.toString(age));
			}
		}
		return null;
	}

	/** Earlier birth date is older; unknown birth dates come last; ties by case id. */
	private static boolean older(Case a, Case b) {
		LocalDate x = a.getBirthDate();
		LocalDate y = b.getBirthDate();
		if (x != null && y != null && !x.equals(y)) {
			return x.isBefore(y);
		}
		if (x == null ^ y == null) {
			return x != null;
		}
		return Sha256.compareUtf8(a.getId(), b.getId()) < 0;
	}

	private static Unit unit(Case c, String stage) {
		return new Unit(c.getId(), stage, c.getUnit(), c.getCaseworker(), null, Set.copyOf(c.getFlags()));
	}
}
