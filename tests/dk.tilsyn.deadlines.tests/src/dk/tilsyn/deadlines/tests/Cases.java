package dk.tilsyn.deadlines.tests;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Law;

/** Small helpers to write cases in tests: {@code "opfoelgning 2020-03-01"}, {@code "x 2020-03-01T10:00 = v"}. */
final class Cases {
	static final Law SEL = new Law("SEL", "Serviceloven", null, LocalDate.of(2023, 12, 31));
	static final Law BL = new Law("BL", "Barnets Lov", LocalDate.of(2024, 1, 1), null);
	static final Law ANY = new Law("L", "Any law", null, null);

	private Cases() {
	}

	static CaseFacts of(String... events) {
		return withFlags(Set.of(), null, events);
	}

	static CaseFacts withFlags(Set<String> flags, LocalDate birth, String... events) {
		List<Event> list = new ArrayList<>();
		for (String e : events) {
			list.add(event(e));
		}
		return new CaseFacts("C-1", "Amager", "SB101", birth, flags, list);
	}

	static Event event(String text) {
		String value = null;
		int eq = text.indexOf(" = ");
		if (eq >= 0) {
			value = text.substring(eq + 3);
			text = text.substring(0, eq);
		}
		String[] parts = text.split(" ");
		String at = parts[1];
		if (at.contains("T")) {
			LocalDateTime t = LocalDateTime.parse(at);
			return new Event(parts[0], t.toLocalDate(), t.toLocalTime(), value);
		}
		return new Event(parts[0], LocalDate.parse(at), (LocalTime) null, value);
	}

	static LocalDateTime t(String at) {
		return at.contains("T") ? LocalDateTime.parse(at) : LocalDate.parse(at).atTime(12, 0);
	}
}
