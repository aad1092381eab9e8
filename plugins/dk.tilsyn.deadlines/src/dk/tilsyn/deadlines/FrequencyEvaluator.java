package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.Words.named;
import static dk.tilsyn.deadlines.Words.word;
import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Requirement.Frequency;
import dk.tilsyn.deadlines.Verdict.Explanation;
import dk.tilsyn.deadlines.Verdict.Kind;

/**
 * {@code fra A mindst K B pr. vindue}: every complete window (a year of placement or a calendar
 * year) since the anchor holds at least K events; the first window short of them is missed.
 */
final class FrequencyEvaluator {

	Verdict evaluate(Evaluation e, Frequency f) {
		return evaluate(e, f, false);
	}

	private Verdict evaluate(Evaluation e, Frequency f, boolean record) {
		LocalDateTime asOf = e.asOf();
		List<Event> done = e.facts().all(f.target(), asOf);
		List<Explanation> steps = record ? new ArrayList<>() : null;
		LocalDate start = e.anchor().date();
		if (f.window() == Window.CALENDAR_YEAR && start.getDayOfYear() != 1) {
			start = LocalDate.of(start.getYear() + 1, 1, 1);
		}
		boolean missed = false;
		int judged = 0;
		LocalDateTime shownDue = null;
		for (int i = 1; i <= DuePoints.MAX_PER_CASE; i++) {
			LocalDate from = f.window() == Window.CALENDAR_YEAR ? start.plusYears(i - 1L)
					: start.plusMonths(12L * (i - 1));
			LocalDate to = f.window() == Window.CALENDAR_YEAR ? start.plusYears(i) : start.plusMonths(12L * i);
			LocalDateTime end = to.minusDays(1).atTime(Verdict.END_OF_DAY);
			if (asOf.toLocalDate().isBefore(to)) { // the window is not complete
				if (judged == 0) {
					shownDue = end;
					if (record) {
						steps.add(l -> get(l, "windowNone", Format.dateTime(asOf), Format.date(to.minusDays(1))));
					}
				}
				break;
			}
			int count = 0;
			for (Event event : done) {
				if (!event.date().isBefore(from) && event.date().isBefore(to)) {
					count++;
				}
			}
			judged++;
			Kind kind = count >= f.count() ? Kind.MET : Kind.MISSED;
			if (record) {
				int n = i;
				int counted = count;
				steps.add(l -> get(l, "arrow", get(l, "window", n, Format.date(from), Format.date(to.minusDays(1)),
						counted, f.target(), f.count()), word(l, kind)));
			}
			shownDue = end;
			if (kind == Kind.MISSED) {
				missed = true;
				break;
			}
		}
		Kind kind = missed ? Kind.MISSED : judged > 0 ? Kind.MET : Kind.NOT_YET_DUE;
		if (!record) {
			return e.verdict(shownDue, kind, l -> evaluate(e, f, true).explanation().text(l));
		}
		return e.verdict(shownDue, kind, l -> {
			StringBuilder text = new StringBuilder(named(e.anchor()));
			for (Explanation step : steps) {
				text.append("; ").append(step.text(l));
			}
			return text.append("; ").append(get(l, "overall", word(l, kind))).toString();
		});
	}
}
