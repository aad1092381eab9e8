package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.Words.named;
import static dk.tilsyn.deadlines.Words.rhythm;
import static dk.tilsyn.deadlines.Words.unit;
import static dk.tilsyn.deadlines.Words.what;
import static dk.tilsyn.deadlines.Words.word;
import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Requirement.Recurring;
import dk.tilsyn.deadlines.Verdict.Explanation;
import dk.tilsyn.deadlines.Verdict.Kind;

/**
 * {@code fra A første B inden F, derefter hver E}: a chain of due points, each counted from the
 * event that met the previous one (or from the missed due point), the interval fixed or set by
 * the latest rhythm event.
 */
final class RecurringEvaluator {
	private final DuePoints duePoints;

	RecurringEvaluator(DuePoints duePoints) {
		this.duePoints = duePoints;
	}

	Verdict evaluate(Evaluation e, Recurring r) {
		return evaluate(e, r, false);
	}

	private Verdict evaluate(Evaluation e, Recurring r, boolean record) {
		Event anchor = e.anchor();
		LocalDateTime asOf = e.asOf();
		List<Event> done = e.facts().all(r.target(), asOf);
		List<Event> rhythms = r.rhythm() == null ? List.of() : e.facts().all(r.rhythm(), asOf);
		// only fulfilling events on or after the anchor's day count
		int next = 0;
		while (next < done.size() && done.get(next).date().isBefore(anchor.date())) {
			next++;
		}
		// the steps in words only when a derivation is asked for: the verdict alone needs none
		List<Explanation> steps = record ? new ArrayList<>() : null;
		LocalDate baseDate = anchor.date();
		LocalTime baseTime = anchor.time();
		Object base = anchor; // an event, or the due point (LocalDateTime) that was missed
		Duration span = r.first();
		Event rhythmUsed = null;
		boolean missed = false;
		int judged = 0;
		LocalDateTime shownDue = null;
		for (int point = 0; point < DuePoints.MAX_PER_CASE; point++) {
			DuePoint due = duePoints.after(baseDate, baseTime, base, span, r.due());
			Event fulfilling = next < done.size() ? done.get(next) : null;
			Object from = base;
			Duration s = span;
			Event note = rhythmUsed;
			Explanation dueText = record ? l -> get(l, "due", what(l, from), unit(l, s), due.text(l) + rhythm(l, note),
					Format.dateTime(due.at())) : null;
			if (fulfilling == null) {
				if (!asOf.isAfter(due.at())) {
					shownDue = missed ? shownDue : due.at();
					if (record) {
						steps.add(l -> dueText.text(l) + ": " + get(l, "absent", r.target(), Format.dateTime(asOf)));
					}
				} else {
					// every later due point is missed as well: nothing more happened
					shownDue = missed ? shownDue : due.at(); // the first missed due point is shown
					missed = true;
					if (record) {
						steps.add(l -> get(l, "arrow",
								dueText.text(l) + ": " + get(l, "absent", r.target(), Format.dateTime(asOf)),
								word(l, Kind.MISSED)));
					}
				}
				break;
			}
			Kind kind = due.judge(fulfilling);
			if (kind == null) {
				throw new NotEvaluable(l -> get(l, "due", what(l, from), unit(l, s), due.text(l) + rhythm(l, note),
						Format.dateTime(due.at())) + "; " + get(l, "sameDay", fulfilling.name(), Format.at(fulfilling)));
			}
			next++;
			judged++;
			if (record) {
				steps.add(l -> get(l, "arrow", dueText.text(l) + ": " + named(fulfilling), word(l, kind)));
			}
			if (!missed) {
				shownDue = due.at();
			}
			if (kind == Kind.MISSED) {
				// the next due point counts from the missed one, so one miss does not hide the next
				missed = true;
				baseDate = due.at().toLocalDate();
				baseTime = due.at().toLocalTime();
				base = due.at();
			} else {
				baseDate = fulfilling.date();
				baseTime = fulfilling.time();
				base = fulfilling;
			}
			// the interval after the first: fixed, or the rhythm recorded on or before the base day
			span = r.every();
			rhythmUsed = null;
			if (!rhythms.isEmpty()) {
				Event rhythm = latestOnOrBefore(rhythms, baseDate);
				if (rhythm != null) {
					int months;
					try {
						months = Integer.parseInt(rhythm.value() == null ? "" : rhythm.value().trim());
					} catch (NumberFormatException ex) {
						throw new NotEvaluable(l -> get(l, "badRhythm", rhythm.name(), Format.at(rhythm), rhythm.value()));
					}
					span = Duration.of(months, TimeUnit.MONTHS);
					rhythmUsed = rhythm;
				}
			}
		}
		Kind kind = missed ? Kind.MISSED : judged > 0 ? Kind.MET : Kind.NOT_YET_DUE;
		if (!record) {
			// worked out again, with its steps, when someone reads it
			return e.verdict(shownDue, kind, l -> evaluate(e, r, true).explanation().text(l));
		}
		return e.verdict(shownDue, kind, l -> {
			StringBuilder text = new StringBuilder();
			for (Explanation step : steps) {
				text.append(text.isEmpty() ? "" : "; ").append(step.text(l));
			}
			return text.append("; ").append(get(l, "overall", word(l, kind))).toString();
		});
	}

	private static Event latestOnOrBefore(List<Event> events, LocalDate day) {
		Event latest = null;
		for (Event e : events) {
			if (!e.date().isAfter(day)) {
				latest = e;
			}
		}
		return latest;
	}
}
