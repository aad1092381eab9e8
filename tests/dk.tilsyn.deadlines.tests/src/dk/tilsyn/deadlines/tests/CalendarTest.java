package dk.tilsyn.deadlines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.tilsyn.deadlines.CalendarException;
import dk.tilsyn.deadlines.DanishCalendar;
import dk.tilsyn.deadlines.OptionalHoliday;

class CalendarTest {
	private final DanishCalendar calendar = DanishCalendar.standard();

	@Test
	void easterByTheGregorianComputus() {
		assertEquals(LocalDate.of(2018, 4, 1), DanishCalendar.easter(2018));
		assertEquals(LocalDate.of(2023, 4, 9), DanishCalendar.easter(2023));
		assertEquals(LocalDate.of(2024, 3, 31), DanishCalendar.easter(2024));
		assertEquals(LocalDate.of(2025, 4, 20), DanishCalendar.easter(2025));
		assertEquals(LocalDate.of(2000, 4, 23), DanishCalendar.easter(2000));
		assertEquals(LocalDate.of(2038, 4, 25), DanishCalendar.easter(2038)); // latest possible
		assertEquals(LocalDate.of(2285, 3, 22), DanishCalendar.easter(2285)); // earliest possible
	}

	@Test
	void publicHolidaysOf2018() {
		assertEquals(java.util.List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 29), LocalDate.of(2018, 3, 30),
				LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 2), LocalDate.of(2018, 4, 27), LocalDate.of(2018, 5, 10),
				LocalDate.of(2018, 5, 20), LocalDate.of(2018, 5, 21), LocalDate.of(2018, 12, 25),
				LocalDate.of(2018, 12, 26)), calendar.publicHolidays(2018));
	}

	@Test
	void storeBededagUntil2023Only() {
		assertTrue(calendar.isPublicHoliday(LocalDate.of(2023, 5, 5)));
		assertFalse(calendar.isPublicHoliday(LocalDate.of(2024, 4, 26)));
		assertEquals(10, calendar.publicHolidays(2024).size());
		assertEquals(11, calendar.publicHolidays(2023).size());
	}

	@Test
	void optionalDaysOnlyWhenTheRuleSaysSo() {
		LocalDate grundlovsdag = LocalDate.of(2024, 6, 5); // a Wednesday
		assertTrue(calendar.isWorkingDay(grundlovsdag, Set.of()));
		assertFalse(calendar.isWorkingDay(grundlovsdag, Set.of(OptionalHoliday.CONSTITUTION_DAY)));
		assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 12, 24), Set.of(OptionalHoliday.CHRISTMAS_EVE)));
		assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 12, 31), Set.of(OptionalHoliday.NEW_YEARS_EVE)));
		assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 12, 31), Set.of(OptionalHoliday.CHRISTMAS_EVE)));
	}

	@Test
	void workingDaysAcrossEaster2018() {
		// Wed 28 Mar 2018 + 6 working days: Thu-Mon Easter off, so Tue 3, ... Tue 10 Apr
		assertEquals(LocalDate.of(2018, 4, 10), calendar.plusWorkingDays(LocalDate.of(2018, 3, 28), 6, Set.of()));
	}

	@Test
	void refusesYearsItDoesNotCover() {
		CalendarException e = assertThrows(CalendarException.class,
				() -> calendar.isPublicHoliday(LocalDate.of(2100, 1, 4)));
		assertEquals(2100, e.year());
		assertTrue(e.getMessage().contains("1900-2099"), e.getMessage());
		assertThrows(CalendarException.class, () -> calendar.publicHolidays(1899));
	}
}
