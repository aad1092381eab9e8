package dk.tilsyn.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine knows of one case: its unit, the child's birth date, its flags and its events
 * in time order. Also the one place where the case facts that conditions read are worked out
 * (age, flag, event, event value, event before), for rules and questionnaires alike.
 */
public final class CaseFacts {
	/** The event whose date the child's age is taken on. */
	public static final String DECISION_EVENT = "foranstaltning_afgjort";

	/** An event of the case: a date, a time of day when the case system recorded one, a value. */
	public record Event(String name, LocalDate date, LocalTime time, String value) {
		public Event {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(date, "date");
		}

		public boolean hasTime() {
			return time != null;
		}

		/** Happened at or before {@code t}; a date without a time counts from the start of its day. */
		public boolean happenedBy(LocalDateTime t) {
			int byDate = date.compareTo(t.toLocalDate());
			return byDate < 0 || byDate == 0 && (time == null || !time.isAfter(t.toLocalTime()));
		}
	}

	private static final Comparator<Event> ORDER = Comparator.comparing(Event::date)
			.thenComparing(Event::time, Comparator.nullsFirst(Comparator.naturalOrder()));
	private static final Event[] NO_EVENTS = {};

	private final String id;
	private final String unit;
	private final String caseworker;
	private final LocalDate birthDate;
	private final Set<String> flags;
	private final Event[] events;

	public CaseFacts(String id, String unit, String caseworker, LocalDate birthDate, Set<String> flags,
			List<Event> events) {
		this.id = Objects.requireNonNull(id, "id");
		this.unit = unit;
		this.caseworker = caseworker;
		this.birthDate = birthDate;
		this.flags = flags == null ? Set.of() : Set.copyOf(flags);
		Event[] sorted = events == null || events.isEmpty() ? NO_EVENTS : events.toArray(Event[]::new);
		Arrays.sort(sorted, ORDER);
		this.events = sorted;
	}

	public String id() {
		return id;
	}

	public String unit() {
		return unit;
	}

	public String caseworker() {
		return caseworker;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public Set<String> flags() {
		return flags;
	}

	/** Every event, earliest first. */
	public List<Event> events() {
		return List.of(events);
	}

	/** The earliest event of that name, or null. */
	public Event first(String name) {
		for (Event e : events) {
			if (e.name.equals(name)) {
				return e;
			}
		}
		return null;
	}

	/** The earliest event of that name that had happened by {@code t}, or null. */
	public Event first(String name, LocalDateTime t) {
		for (Event e : events) {
			if (e.name.equals(name)) {
				return e.happenedBy(t) ? e : null;
			}
		}
		return null;
	}

	/** Every event of that name that had happened by {@code t}, earliest first. */
	public List<Event> all(String name, LocalDateTime t) {
		List<Event> found = new ArrayList<>(4);
		for (Event e : events) {
			if (e.name.equals(name) && e.happenedBy(t)) {
				found.add(e);
			}
		}
		return found;
	}

	// ---- the facts conditions read (shared with the questionnaire's Answers) ----------------

	public boolean flag(String flag) {
		return flags.contains(flag);
	}

	public boolean event(String name) {
		return first(name) != null;
	}

	/** The earliest event of that name has a value equal (or, with {@code equal} false, not equal) to it. */
	public boolean eventValue(String name, boolean equal, String value) {
		Event e = first(name);
		return e != null && e.value != null && e.value.equals(value) == equal;
	}

	/** Both events happened, the first on or before the second's date. */
	public boolean eventBefore(String name, String other) {
		Event first = first(name);
		Event second = first(other);
		return first != null && second != null && !first.date.isAfter(second.date);
	}

	/**
	 * The date a child's age is taken on: the decision ({@value #DECISION_EVENT}), or before any
	 * decision the latest event, or today for a case without events.
	 */
	public LocalDate decisionDate() {
		Event decision = first(DECISION_EVENT);
		if (decision != null) {
			return decision.date;
		}
		return events.length == 0 ? LocalDate.now() : events[events.length - 1].date;
	}

	/** The child's age in whole years on the decision date, or -1 when the birth date is not known. */
	public int age() {
		return birthDate == null ? -1 : Period.between(birthDate, decisionDate()).getYears();
	}

	@Override
	public String toString() {
		return id;
	}
}
