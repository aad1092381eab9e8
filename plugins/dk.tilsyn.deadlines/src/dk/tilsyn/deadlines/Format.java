package dk.tilsyn.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import dk.tilsyn.deadlines.CaseFacts.Event;

/** How dates and times appear in derivations and output: 2017-03-03, 2017-03-03 16:40. */
final class Format {
	private Format() {
	}

	static String date(LocalDate date) {
		return date.toString();
	}

	static String time(LocalTime time) {
		return time.getSecond() == 0 && time.getNano() == 0 ? time.toString() : time.withNano(0).toString();
	}

	static String dateTime(LocalDateTime at) {
		return at.toLocalTime().equals(Verdict.END_OF_DAY) ? date(at.toLocalDate())
				: date(at.toLocalDate()) + " " + time(at.toLocalTime());
	}

	static String at(Event e) {
		return e.time() == null ? date(e.date()) : date(e.date()) + " " + time(e.time());
	}
}
