package dk.tilsyn.deadlines;

import java.time.LocalDateTime;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Verdict.Explanation;
import dk.tilsyn.deadlines.Verdict.Kind;

/** One rule version applied to one case as of a time, from the anchor event that chose the version. */
record Evaluation(CaseFacts facts, Rule rule, RuleVersion version, Event anchor, LocalDateTime asOf) {

	Verdict verdict(LocalDateTime due, Kind kind, Explanation explanation) {
		return verdict(facts, rule, version, due, kind, explanation);
	}

	/** A verdict; without a version (none applies) it names no law. */
	static Verdict verdict(CaseFacts c, Rule rule, RuleVersion v, LocalDateTime due, Kind kind,
			Explanation explanation) {
		return new Verdict(c.id(), rule.id(), v == null ? null : v.law().id(), v == null ? null : v.section(), due, kind,
				explanation);
	}
}
