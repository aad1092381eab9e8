package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Requirement.Before;
import dk.tilsyn.deadlines.Requirement.Deadline;
import dk.tilsyn.deadlines.Requirement.Frequency;
import dk.tilsyn.deadlines.Requirement.Recurring;
import dk.tilsyn.deadlines.Verdict.Explanation;
import dk.tilsyn.deadlines.Verdict.Kind;
import dk.tilsyn.deadlines.Verdict.Language;

/**
 * Evaluates deadline rules on cases as of a date-time, exactly as docs/DEADLINES.md says. Stateless
 * and thread-safe.
 */
public final class Deadlines {
	/** Case times are local times in Copenhagen; hours are counted on its clock, DST included. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
	/** A guard against a recurring rule of zero length: no case has more due points than this. */
	private static final int MAX_DUE_POINTS = 500;

	private final DanishCalendar calendar;

	public Deadlines() {
		this(DanishCalendar.standard());
	}

	public Deadlines(DanishCalendar calendar) {
		this.calendar = calendar;
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
		try {
			// instanceof rather than a pattern switch: this is the hot path of a population run
			Requirement requirement = version.requirement();
			if (requirement instanceof Deadline d) {
				return deadline(c, rule, version, d, anchor, asOf);
			}
			if (requirement instanceof Before b) {
				return before(c, rule, version, b, anchor, asOf);
			}
			if (requirement instanceof Recurring r) {
				return recurring(c, rule, version, r, anchor, asOf, false);
			}
			return frequency(c, rule, version, (Frequency) requirement, anchor, asOf, false);
		} catch (NotEvaluable e) {
			return verdict(c, rule, version, null, Kind.NOT_EVALUABLE, e.explanation);
		} catch (CalendarException e) {
			Event from = anchor;
			return verdict(c, rule, version, null, Kind.NOT_EVALUABLE,
					l -> get(l, "calendar", named(from), e.year()));
		}
	}

	// ---- due points ---------------------------------------------------------------------------

	/** A due point and what was done to reach it, in words. */
	private record Due(LocalDateTime at, String adjustment, LocalDate rolledFrom) {
		String text(Language l) {
			String text = adjustment == null ? "" : get(l, adjustment);
			return rolledFrom == null ? text : text + get(l, "rolled", Format.date(rolledFrom));
		}
	}

	/**
	 * {@code from + duration}, settled by the options. {@code from} is an event's date and time (time
	 * null for a date-only event), or a previous due point.
	 */
	Due due(LocalDate date, LocalTime time, Object what, Duration duration, DueOptions options) {
		int n = duration.amount();
		LocalDate day;
		String adjustment = null;
		switch (duration.unit()) {
		case HOURS -> {
			if (time == null) {
				throw new NotEvaluable(l -> get(l, "noTime", what(l, what)));
			}
			LocalDateTime at = date.atTime(time).atZone(ZONE).plusHours(n).toLocalDateTime();
			if (options.roll() && !calendar.isWorkingDay(at.toLocalDate(), options.holidays())) {
				LocalDate rolled = calendar.rollForward(at.toLocalDate(), options.holidays());
				return new Due(rolled.atTime(Verdict.END_OF_DAY), null, at.toLocalDate());
			}
			calendar.isWorkingDay(at.toLocalDate(), options.holidays()); // refuses years it does not cover
			return new Due(at, null, null);
		}
		case DAYS -> day = date.plusDays(n);
		case WEEKS -> day = date.plusDays(7L * n);
		case WORKING_DAYS -> day = calendar.plusWorkingDays(date, n, options.holidays());
		case MONTHS, YEARS -> {
			long months = duration.unit() == TimeUnit.YEARS ? 12L * n : n;
			day = date.plusMonths(months); // the same day, or the month's last day when it does not exist
			if (day.getDayOfMonth() != date.getDayOfMonth()) {
				switch (options.rounding()) {
				case DOWN -> adjustment = "roundedDown";
				case UP -> {
					day = day.plusDays(1);
					adjustment = "roundedUp";
				}
				case ERROR -> throw new NotEvaluable(l -> get(l, "noRounding", what(l, what), unit(l, duration)));
				}
			}
		}
		default -> throw new IllegalStateException(duration.unit().name());
		}
		LocalDate rolledFrom = null;
		if (options.roll() && !calendar.isWorkingDay(day, options.holidays())) {
			rolledFrom = day;
			day = calendar.rollForward(day, options.holidays());
		} else {
			calendar.isWorkingDay(day, options.holidays()); // refuses years it does not cover
		}
		return new Due(day.atTime(Verdict.END_OF_DAY), adjustment, rolledFrom);
	}

	/** met / missed / null (same day, no time of day: cannot tell) for an event against a due point. */
	private static Kind judge(Event e, LocalDateTime due) {
		if (e.time() != null) {
			return e.date().atTime(e.time()).isAfter(due) ? Kind.MISSED : Kind.MET;
		}
		int byDay = e.date().compareTo(due.toLocalDate());
		if (byDay == 0 && !due.toLocalTime().equals(Verdict.END_OF_DAY)) {
			return null;
		}
		return byDay <= 0 ? Kind.MET : Kind.MISSED;
	}

	// ---- requirements -------------------------------------------------------------------------

	private Verdict deadline(CaseFacts c, Rule rule, RuleVersion v, Deadline d, Event anchor, LocalDateTime asOf) {
		Due due = due(anchor.date(), anchor.time(), anchor, d.duration(), d.due());
		Event target = c.first(d.target(), asOf);
		Kind kind;
		if (target == null) {
			kind = asOf.isAfter(due.at()) ? Kind.MISSED : Kind.NOT_YET_DUE;
			Kind k = kind;
			return verdict(c, rule, v, due.at(), kind,
					l -> get(l, "arrow", get(l, "due", named(anchor), unit(l, d.duration()), due.text(l), Format.dateTime(due.at()))
							+ "; " + get(l, "absent", d.target(), Format.dateTime(asOf)), word(l, k)));
		}
		kind = judge(target, due.at());
		if (kind == null) {
			return verdict(c, rule, v, due.at(), Kind.NOT_EVALUABLE,
					l -> get(l, "arrow", get(l, "due", named(anchor), unit(l, d.duration()), due.text(l), Format.dateTime(due.at()))
							+ "; " + get(l, "sameDay", target.name(), Format.at(target)), word(l, Kind.NOT_EVALUABLE)));
		}
		Kind k = kind;
		return verdict(c, rule, v, due.at(), kind,
				l -> get(l, "arrow", get(l, "due", named(anchor), unit(l, d.duration()), due.text(l),
						Format.dateTime(due.at())) + "; " + named(target), word(l, k)));
	}

	private Verdict before(CaseFacts c, Rule rule, RuleVersion v, Before b, Event anchor, LocalDateTime asOf) {
		Event target = c.first(b.target(), asOf);
		LocalDateTime due = anchor.date().atTime(Verdict.END_OF_DAY);
		if (target == null) {
			return verdict(c, rule, v, due, Kind.MISSED, l -> get(l, "arrow",
					get(l, "beforeAbsent", b.target(), anchor.name(), Format.at(anchor)), word(l, Kind.MISSED)));
		}
		Kind kind = target.date().isAfter(anchor.date()) ? Kind.MISSED : Kind.MET;
		String key = kind == Kind.MET ? "beforeMet" : "beforeLate";
		return verdict(c, rule, v, due, kind, l -> get(l, "arrow",
				get(l, key, target.name(), Format.at(target), anchor.name(), Format.at(anchor)), word(l, kind)));
	}

	private Verdict recurring(CaseFacts c, Rule rule, RuleVersion v, Recurring r, Event anchor, LocalDateTime asOf,
			boolean record) {
		List<Event> done = c.all(r.target(), asOf);
		List<Event> rhythms = r.rhythm() == null ? List.of() : c.all(r.rhythm(), asOf);
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
		for (int point = 0; point < MAX_DUE_POINTS; point++) {
			Due due = due(baseDate, baseTime, base, span, r.due());
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
			Kind kind = judge(fulfilling, due.at());
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
					} catch (NumberFormatException e) {
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
			return verdict(c, rule, v, shownDue, kind,
					l -> recurring(c, rule, v, r, anchor, asOf, true).explanation().text(l));
		}
		return verdict(c, rule, v, shownDue, kind, l -> {
			StringBuilder text = new StringBuilder();
			for (Explanation step : steps) {
				text.append(text.isEmpty() ? "" : "; ").append(step.text(l));
			}
			return text.append("; ").append(get(l, "overall", word(l, kind))).toString();
		});
	}

	/** The start of a due computation in words: an event, or a missed due point. */
	private static String what(Language l, Object from) {
		return from instanceof Event e ? named(e)
				: get(l, "previousDue", Format.dateTime((LocalDateTime) from));
	}

	private static String rhythm(Language l, Event note) {
		return note == null ? "" : get(l, "rhythm", named(note));
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

	private Verdict frequency(CaseFacts c, Rule rule, RuleVersion v, Frequency f, Event anchor, LocalDateTime asOf,
			boolean record) {
		List<Event> done = c.all(f.target(), asOf);
		List<Explanation> steps = record ? new ArrayList<>() : null;
		LocalDate start = anchor.date();
		if (f.window() == Window.CALENDAR_YEAR && start.getDayOfYear() != 1) {
			start = LocalDate.of(start.getYear() + 1, 1, 1);
		}
		boolean missed = false;
		int judged = 0;
		LocalDateTime shownDue = null;
		for (int i = 1; i <= MAX_DUE_POINTS; i++) {
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
			for (Event e : done) {
				if (!e.date().isBefore(from) && e.date().isBefore(to)) {
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
			return verdict(c, rule, v, shownDue, kind,
					l -> frequency(c, rule, v, f, anchor, asOf, true).explanation().text(l));
		}
		return verdict(c, rule, v, shownDue, kind, l -> {
			StringBuilder text = new StringBuilder(named(anchor));
			for (Explanation step : steps) {
				text.append("; ").append(step.text(l));
			}
			return text.append("; ").append(get(l, "overall", word(l, kind))).toString();
		});
	}

	// ---- words --------------------------------------------------------------------------------

	/** "underretning_modtaget 2017-03-03 16:40" */
	private static String named(Event e) {
		return e.name() + " " + Format.at(e);
	}

	private static String unit(Language l, Duration d) {
		return get(l, "unit." + d.unit().name(), d.amount());
	}

	private static String word(Language l, Kind kind) {
		return get(l, "verdict." + kind.name());
	}

	private static Verdict verdict(CaseFacts c, Rule rule, RuleVersion v, LocalDateTime due, Kind kind,
			Explanation explanation) {
		return new Verdict(c.id(), rule.id(), v == null ? null : v.law().id(), v == null ? null : v.section(), due, kind,
				explanation);
	}

	/** A due point that cannot be worked out for this case; cheap, it is expected. */
	private static final class NotEvaluable extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final transient Explanation explanation;

		NotEvaluable(Explanation explanation) {
			super(null, null, false, false);
			this.explanation = explanation;
		}
	}
}
