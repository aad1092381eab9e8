package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDateTime;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Verdict.Kind;
import dk.tilsyn.deadlines.Verdict.Language;

/** The recurring pieces of a derivation's text: events, durations, verdicts, due points. */
final class Words {
	private Words() {
	}

	/** "underretning_modtaget 2017-03-03 16:40" */
	static String named(Event e) {
		return e.name() + " " + Format.at(e);
	}

	static String unit(Language l, Duration d) {
		return get(l, "unit." + d.unit().name(), d.amount());
	}

	static String word(Language l, Kind kind) {
		return get(l, "verdict." + kind.name());
	}

	/** The start of a due computation in words: an event, or a missed due point. */
	static String what(Language l, Object from) {
		return from instanceof Event e ? named(e)
				: get(l, "previousDue", Format.dateTime((LocalDateTime) from));
	}

	/** ", by the rhythm of …" when a rhythm event set the interval, else nothing. */
	static String rhythm(Language l, Event note) {
		return note == null ? "" : get(l, "rhythm", named(note));
	}
}
