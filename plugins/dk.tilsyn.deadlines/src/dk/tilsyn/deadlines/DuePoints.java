package dk.tilsyn.deadlines;

import static dk.tilsyn.deadlines.Words.unit;
import static dk.tilsyn.deadlines.Words.what;
import static dk.tilsyn.deadlines.internal.Texts.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Due points on the Danish calendar: a date (and time) plus a duration, rounded and rolled past
 * non-working days as the rule's options say.
 */
final class DuePoints {
	/** A guard against a recurring rule of zero length: no case has more due points than this. */
	static final int MAX_PER_CASE = 500;

	private final DanishCalendar calendar;

	DuePoints(DanishCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * {@code from + duration}, settled by the options. {@code from} is an event's date and time (time
	 * null for a date-only event), or a previous due point; {@code what} names it in words.
	 */
	DuePoint after(LocalDate date, LocalTime time, Object what, Duration duration, DueOptions options) {
		int n = duration.amount();
		LocalDate day;
		String adjustment = null;
		switch (duration.unit()) {
		case HOURS -> {
			if (time == null) {
				throw new NotEvaluable(l -> get(l, "noTime", what(l, what)));
			}
			LocalDateTime at = date.atTime(time).atZone(Deadlines.ZONE).plusHours(n).toLocalDateTime();
			if (options.roll() && !calendar.isWorkingDay(at.toLocalDate(), options.holidays())) {
				LocalDate rolled = calendar.rollForward(at.toLocalDate(), options.holidays());
				return new DuePoint(rolled.atTime(Verdict.END_OF_DAY), null, at.toLocalDate());
			}
			calendar.isWorkingDay(at.toLocalDate(), options.holidays()); // refuses years it does not cover
			return new DuePoint(at, null, null);
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
		return new DuePoint(day.atTime(Verdict.END_OF_DAY), adjustment, rolledFrom);
	}
}
