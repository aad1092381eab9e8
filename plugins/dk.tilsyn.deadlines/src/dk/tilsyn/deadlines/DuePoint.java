package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDate;
import java.time.LocalDateTime;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Verdict.Kind;
import dk.tilsyn.deadlines.Verdict.Language;

/** A due point and what was done to reach it (rounding key, the day it was rolled from), in words. */
record DuePoint(LocalDateTime at, String adjustment, LocalDate rolledFrom) {

	String text(Language l) {
		String text = adjustment == null ? "" : get(l, adjustment);
		return rolledFrom == null ? text : text + get(l, "rolled", Format.date(rolledFrom));
	}

	/** met / missed / null (same day, no time of day: cannot tell) for an event against this due point. */
	Kind judge(Event e) {
		if (e.time() != null) {
			return e.date().atTime(e.time()).isAfter(at) ? Kind.MISSED : Kind.MET;
		}
		int byDay = e.date().compareTo(at.toLocalDate());
		if (byDay == 0 && !at.toLocalTime().equals(Verdict.END_OF_DAY)) {
			return null;
		}
		return byDay <= 0 ? Kind.MET : Kind.MISSED;
	}
}
