package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.Evaluation.verdict;
import static dk.tilsyn.deadlines.Words.named;
import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Requirement.Before;
import dk.tilsyn.deadlines.Requirement.Deadline;
import dk.tilsyn.deadlines.Requirement.Frequency;
import dk.tilsyn.deadlines.Requirement.Recurring;
import dk.tilsyn.deadlines.Verdict.Kind;

/**
 * Evaluates deadline rules on cases as of a date-time, exactly as docs/DEADLINES.md says: chooses the
 * rule's version by the law in force on the anchor's day and hands the requirement to its
 * evaluator ({@link DeadlineEvaluator}, {@link RecurringEvaluator}, {@link FrequencyEvaluator}).
 * Stateless and thread-safe.
 */
public final class Deadlines {
	/** Case times are local times in Copenhagen; hours are counted on its clock, DST included. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private final DanishCalendar calendar;
	private final DeadlineEvaluator deadlines;
	private final RecurringEvaluator recurring;
	private final FrequencyEvaluator frequency = new FrequencyEvaluator();

	public Deadlines() {
		this(DanishCalendar.standard());
	}

	public Deadlines(DanishCalendar calendar) {
		this.calendar = calendar;
		DuePoints duePoints = new DuePoints(calendar);
		this.deadlines = new DeadlineEvaluator(duePoints);
		this.recurring = new RecurringEvaluator(duePoints);
	}

	public DanishCalendar calendar() {
		return calendar;
	}

	/** Every rule on every case, verdicts in case order, then rule order. */
	public void evaluate(List<Rule> rules, Iterable<CaseFacts> cases, LocalDateTime asOf, Consumer<Verdict> sink) {
		for (CaseFacts c : cases) {
			for (Rule rule : rules) {
				sink.accept(evaluate(rule, c, asOf));
			}
		}
	}

	/** The counts per rule and unit of every rule over every case (cases in parallel). */
	public Summary summarize(List<Rule> rules, List<CaseFacts> cases, LocalDateTime asOf) {
		return cases.parallelStream().collect(() -> new Summary(rules), (summary, c) -> {
			for (Rule rule : rules) {
				summary.add(c.unit(), evaluate(rule, c, asOf));
			}
		}, Summary::merge);
	}

	/** The verdict on one rule for one case as of {@code asOf}. */
	public Verdict evaluate(Rule rule, CaseFacts c, LocalDateTime asOf) {
		RuleVersion version = null;
		Event anchor = null;
		Event uncovered = null;
		String lastAnchor = null;
		Event a = null;
		List<RuleVersion> versions = rule.versions();
		for (int i = 0, n = versions.size(); i < n; i++) {
			RuleVersion v = versions.get(i);
			String anchorName = v.anchor();
			if (!anchorName.equals(lastAnchor)) { // versions mostly share their anchor: look it up once
				a = c.first(anchorName, asOf);
				lastAnchor = anchorName;
			}
			if (a != null) {
				if (v.law().covers(a.date())) {
					version = v;
					anchor = a;
					break;
				}
				uncovered = uncovered == null ? a : uncovered;
			}
		}
		if (version == null) {
			if (uncovered != null) {
				Event u = uncovered;
				return verdict(c, rule, null, null, Kind.NOT_EVALUABLE,
						l -> get(l, "noLaw", u.name(), Format.at(u)));
			}
			if (versions.isEmpty()) {
				return verdict(c, rule, null, null, Kind.NOT_APPLICABLE, l -> get(l, "noAnchor", "?", Format.dateTime(asOf)));
			}
			return verdict(c, rule, null, null, Kind.NOT_APPLICABLE, versions.get(0).noAnchor(asOf));
		}
		if (!version.applies(c)) {
			return verdict(c, rule, version, null, Kind.NOT_APPLICABLE, version.conditionFails());
		}
		Evaluation evaluation = new Evaluation(c, rule, version, anchor, asOf);
		try {
			// instanceof rather than a pattern switch: this is the hot path of a population run
			Requirement requirement = version.requirement();
			if (requirement instanceof Deadline d) {
				return deadlines.deadline(evaluation, d);
			}
			if (requirement instanceof Before b) {
				return deadlines.before(evaluation, b);
			}
			if (requirement instanceof Recurring r) {
				return recurring.evaluate(evaluation, r);
			}
			return frequency.evaluate(evaluation, (Frequency) requirement);
		} catch (NotEvaluable e) {
			return evaluation.verdict(null, Kind.NOT_EVALUABLE, e.explanation);
		} catch (CalendarException e) {
			Event from = anchor;
			return evaluation.verdict(null, Kind.NOT_EVALUABLE, l -> get(l, "calendar", named(from), e.year()));
		}
	}
}
