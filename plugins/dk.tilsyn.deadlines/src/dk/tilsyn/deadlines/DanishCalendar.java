package dk.tilsyn.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Danish public holidays: 1 January; Skærtorsdag, Langfredag, Påskedag, 2. påskedag; Store
 * Bededag until 2023 only; Kristi himmelfartsdag; Pinsedag, 2. pinsedag; 25 and 26 December.
 * Optional per rule: Grundlovsdag, 24 and 31 December. Easter by the Gregorian computus. Years
 * outside {@link #FIRST_YEAR}..{@link #LAST_YEAR} are refused.
 */
public final class DanishCalendar {
	public static final int FIRST_YEAR = 1900;
	public static final int LAST_YEAR = 2099;
	/** The last year with Store Bededag (abolished from 2024). */
	public static final int LAST_GREAT_PRAYER_DAY = 2023;

	private static final DanishCalendar INSTANCE = new DanishCalendar();

	/** Per year, bit (dayOfYear - 1) set for a public holiday. */
	private final long[][] holidays = new long[LAST_YEAR - FIRST_YEAR + 1][];

	private DanishCalendar() {
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			long[] bits = new long[6];
			for (LocalDate day : publicHolidays(year)) {
				int index = day.getDayOfYear() - 1;
				bits[index >> 6] |= 1L << index;
			}
			holidays[year - FIRST_YEAR] = bits;
		}
	}

	public static DanishCalendar standard() {
		return INSTANCE;
	}

	/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
	public static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	/** The public holidays of a year, in date order. */
	public List<LocalDate> publicHolidays(int year) {
		check(year);
		LocalDate easter = easter(year);
		List<LocalDate> days = new ArrayList<>();
		days.add(LocalDate.of(year, 1, 1));
		days.add(easter.minusDays(3));
		days.add(easter.minusDays(2));
		days.add(easter);
		days.add(easter.plusDays(1));
		if (year <= LAST_GREAT_PRAYER_DAY) {
			days.add(easter.plusDays(26));
		}
		days.add(easter.plusDays(39));
		days.add(easter.plusDays(49));
		days.add(easter.plusDays(50));
		days.add(LocalDate.of(year, 12, 25));
		days.add(LocalDate.of(year, 12, 26));
		return days;
	}

	public boolean isPublicHoliday(LocalDate date) {
		long[] bits = bits(date.getYear());
		int index = date.getDayOfYear() - 1;
		return (bits[index >> 6] & (1L << index)) != 0;
	}

	/** A day off for a rule: a public holiday or one of the rule's optional days off. */
	public boolean isHoliday(LocalDate date, Set<OptionalHoliday> optional) {
		if (isPublicHoliday(date)) {
			return true;
		}
		if (optional.isEmpty()) {
			return false;
		}
		Month month = date.getMonth();
		int day = date.getDayOfMonth();
		return month == Month.JUNE && day == 5 && optional.contains(OptionalHoliday.CONSTITUTION_DAY)
				|| month == Month.DECEMBER && day == 24 && optional.contains(OptionalHoliday.CHRISTMAS_EVE)
				|| month == Month.DECEMBER && day == 31 && optional.contains(OptionalHoliday.NEW_YEARS_EVE);
	}

	/** Not a Saturday, Sunday or day off. */
	public boolean isWorkingDay(LocalDate date, Set<OptionalHoliday> optional) {
		DayOfWeek weekday = date.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(date, optional);
	}

	/** The Nth working day after {@code date} (not counting {@code date} itself). */
	public LocalDate plusWorkingDays(LocalDate date, int n, Set<OptionalHoliday> optional) {
		LocalDate day = date;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day, optional)) {
				counted++;
			}
		}
		check(day.getYear());
		return day;
	}

	/** {@code date} itself when it is a working day, otherwise the next working day. */
	public LocalDate rollForward(LocalDate date, Set<OptionalHoliday> optional) {
		LocalDate day = date;
		while (!isWorkingDay(day, optional)) {
			day = day.plusDays(1);
		}
		return day;
	}

	private long[] bits(int year) {
		check(year);
		return holidays[year - FIRST_YEAR];
	}

	private static void check(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new CalendarException(year, FIRST_YEAR, LAST_YEAR);
		}
	}
}
