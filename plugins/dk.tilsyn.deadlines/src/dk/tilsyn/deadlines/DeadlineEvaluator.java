package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.Words.named;
import static dk.tilsyn.deadlines.Words.unit;
import static dk.tilsyn.deadlines.Words.word;
import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDateTime;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Requirement.Before;
import dk.tilsyn.deadlines.Requirement.Deadline;
import dk.tilsyn.deadlines.Verdict.Kind;

/** The requirements with one due point: a deadline after the anchor, or an event before it. */
final class DeadlineEvaluator {
	private final DuePoints duePoints;

	DeadlineEvaluator(DuePoints duePoints) {
		this.duePoints = duePoints;
	}

	/** {@code fra A til B inden N}: the first B by anchor + N. */
	Verdict deadline(Evaluation e, Deadline d) {
		Event anchor = e.anchor();
		LocalDateTime asOf = e.asOf();
		DuePoint due = duePoints.after(anchor.date(), anchor.time(), anchor, d.duration(), d.due());
		Event target = e.facts().first(d.target(), asOf);
		Kind kind;
		if (target == null) {
			kind = asOf.isAfter(due.at()) ? Kind.MISSED : Kind.NOT_YET_DUE;
			Kind k = kind;
			return e.verdict(due.at(), kind,
					l -> get(l, "arrow", get(l, "due", named(anchor), unit(l, d.duration()), due.text(l), Format.dateTime(due.at()))
							+ "; " + get(l, "absent", d.target(), Format.dateTime(asOf)), word(l, k)));
		}
		kind = due.judge(target);
		if (kind == null) {
			return e.verdict(due.at(), Kind.NOT_EVALUABLE,
					l -> get(l, "arrow", get(l, "due", named(anchor), unit(l, d.duration()), due.text(l), Format.dateTime(due.at()))
							+ "; " + get(l, "sameDay", target.name(), Format.at(target)), word(l, Kind.NOT_EVALUABLE)));
		}
		Kind k = kind;
		return e.verdict(due.at(), kind,
				l -> get(l, "arrow", get(l, "due", named(anchor), unit(l, d.duration()), due.text(l),
						Format.dateTime(due.at())) + "; " + named(target), word(l, k)));
	}

	/** {@code B senest ved A}: B on or before the anchor's day. */
	Verdict before(Evaluation e, Before b) {
		Event anchor = e.anchor();
		Event target = e.facts().first(b.target(), e.asOf());
		LocalDateTime due = anchor.date().atTime(Verdict.END_OF_DAY);
		if (target == null) {
			return e.verdict(due, Kind.MISSED, l -> get(l, "arrow",
					get(l, "beforeAbsent", b.target(), anchor.name(), Format.at(anchor)), word(l, Kind.MISSED)));
		}
		Kind kind = target.date().isAfter(anchor.date()) ? Kind.MISSED : Kind.MET;
		String key = kind == Kind.MET ? "beforeMet" : "beforeLate";
		return e.verdict(due, kind, l -> get(l, "arrow",
				get(l, key, target.name(), Format.at(target), anchor.name(), Format.at(anchor)), word(l, kind)));
	}
}
