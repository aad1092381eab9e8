package dk.tilsyn.deadlines.tests;

import static dk.tilsyn.deadlines.tests.Cases.ANY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Deadlines;
import dk.tilsyn.deadlines.DueOptions;
import dk.tilsyn.deadlines.Duration;
import dk.tilsyn.deadlines.Requirement;
import dk.tilsyn.deadlines.Requirement.Before;
import dk.tilsyn.deadlines.Requirement.Deadline;
import dk.tilsyn.deadlines.Requirement.Frequency;
import dk.tilsyn.deadlines.Requirement.Recurring;
import dk.tilsyn.deadlines.Rounding;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.RuleVersion;
import dk.tilsyn.deadlines.TimeUnit;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.deadlines.Verdict.Kind;
import dk.tilsyn.deadlines.Window;

/**
 * Property tests with a seeded random harness (jqwik is not on the target platform): each
 * property is tried on many generated inputs; a failure names the seed and the input.
 */
class PropertiesTest {
	private static final int TRIES = 5_000;
	private final Deadlines engine = new Deadlines();

	private static void forAll(long seed, Consumer<SplittableRandom> property) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < TRIES; i++) {
			property.accept(random.split());
		}
	}

	private static LocalDate date(SplittableRandom r) {
		return LocalDate.ofEpochDay(LocalDate.of(2000, 1, 1).toEpochDay() + r.nextInt(365 * 40));
	}

	private static Rule rule(Requirement requirement) {
		return new Rule("p", "", List.of(new RuleVersion(ANY, "§ 1", requirement)));
	}

	private LocalDate due(LocalDate anchor, int n, TimeUnit unit, Rounding rounding) {
		Rule rule = rule(new Deadline("a", "b", Duration.of(n, unit), DueOptions.rounding(rounding)));
		CaseFacts c = new CaseFacts("c", "u", "w", null, null, List.of(new Event("a", anchor, null, null)));
		return engine.evaluate(rule, c, LocalDateTime.of(2099, 1, 1, 0, 0)).due().toLocalDate();
	}

	@Test
	void monthArithmetic() {
		forAll(20240101L, r -> {
			LocalDate anchor = date(r);
			int n = r.nextInt(0, 37);
			YearMonth month = YearMonth.from(anchor).plusMonths(n);
			boolean exists = anchor.getDayOfMonth() <= month.lengthOfMonth();
			LocalDate down = due(anchor, n, TimeUnit.MONTHS, Rounding.DOWN);
			LocalDate up = due(anchor, n, TimeUnit.MONTHS, Rounding.UP);
			String input = anchor + " + " + n + " months";
			// down stays in the target month, on the same day or its last
			assertEquals(month, YearMonth.from(down), input);
			assertEquals(exists ? anchor.getDayOfMonth() : month.lengthOfMonth(), down.getDayOfMonth(), input);
			// up is the same day, or the first of the next month
			assertEquals(exists ? down : month.plusMonths(1).atDay(1), up, input);
			assertTrue(!down.isBefore(anchor) && !up.isBefore(down), input);
			// years are twelve months
			int years = r.nextInt(0, 4);
			assertEquals(due(anchor, 12 * years, TimeUnit.MONTHS, Rounding.DOWN),
					due(anchor, years, TimeUnit.YEARS, Rounding.DOWN), anchor + " + " + years + " years");
			// more months never give an earlier due day
			assertTrue(!due(anchor, n + 1, TimeUnit.MONTHS, Rounding.DOWN).isBefore(up), input);
		});
	}

	@Test
	void workingDaysAreWorkingDaysAndMoreAreLater() {
		forAll(6L, r -> {
			LocalDate anchor = date(r);
			int n = r.nextInt(1, 30);
			LocalDate due = due(anchor, n, TimeUnit.WORKING_DAYS, Rounding.ERROR);
			assertTrue(engine.calendar().isWorkingDay(due, java.util.Set.of()), anchor + " + " + n);
			assertTrue(due(anchor, n + 1, TimeUnit.WORKING_DAYS, Rounding.ERROR).isAfter(due), anchor + " + " + n);
		});
	}

	/** met is more met than not yet due / not evaluable, which are more than missed. */
	private static int rank(Kind kind) {
		return switch (kind) {
		case MET -> 2;
		case MISSED -> 0;
		default -> 1;
		};
	}

	private static Event at(String name, LocalDate date, SplittableRandom r, boolean timed) {
		return new Event(name, date, timed ? LocalTime.of(r.nextInt(24), r.nextInt(60)) : null, null);
	}

	@Test
	void aLaterFulfillingEventIsNeverMoreMet() {
		List<Rule> rules = List.of(
				rule(new Deadline("a", "b", Duration.of(24, TimeUnit.HOURS), null)),
				rule(new Deadline("a", "b", Duration.of(6, TimeUnit.WORKING_DAYS), null)),
				rule(new Deadline("a", "b", Duration.of(4, TimeUnit.MONTHS), DueOptions.rounding(Rounding.DOWN))),
				rule(new Before("b", "a")),
				rule(new Recurring("a", "b", Duration.of(3, TimeUnit.MONTHS), Duration.of(6, TimeUnit.MONTHS), null,
						DueOptions.rounding(Rounding.DOWN))),
				rule(new Frequency("a", 2, "b", Window.PLACEMENT_YEAR)));
		forAll(42L, r -> {
			LocalDate anchor = date(r);
			boolean timed = r.nextBoolean();
			List<Event> events = new ArrayList<>();
			events.add(at("a", anchor, r, true));
			int count = r.nextInt(1, 5);
			for (int i = 0; i < count; i++) {
				events.add(at("b", anchor.plusDays(r.nextInt(0, 700)), r, timed));
			}
			// move the latest fulfilling event later (moving an earlier one of a chain or of a window
			// may rightly help a later due point, so the property is about the latest)
			int moved = 1;
			for (int i = 2; i < events.size(); i++) {
				if (!events.get(i).date().isBefore(events.get(moved).date())) {
					moved = i;
				}
			}
			List<Event> later = new ArrayList<>(events);
			Event e = events.get(moved);
			later.set(moved, new Event("b", e.date().plusDays(r.nextInt(1, 200)), e.time(), null));
			LocalDateTime asOf = anchor.plusDays(r.nextInt(0, 1200)).atTime(12, 0);
			CaseFacts before = new CaseFacts("c", "u", "w", null, null, events);
			CaseFacts after = new CaseFacts("c", "u", "w", null, null, later);
			for (Rule rule : rules) {
				// A recurring rule counts the next due point from the actual previous event, so a later
				// follow-up rightly postpones the next one: there the property is judged as of the moved
				// event's new day, i.e. for the due points up to it.
				LocalDateTime t = rule.versions().get(0).requirement() instanceof Recurring
						? later.get(moved).date().atTime(Verdict.END_OF_DAY)
						: asOf;
				Verdict v1 = engine.evaluate(rule, before, t);
				Verdict v2 = engine.evaluate(rule, after, t);
				if (v1.kind() == Kind.NOT_EVALUABLE || v2.kind() == Kind.NOT_EVALUABLE) {
					continue; // a date on the due day of an hours rule: no order to compare
				}
				assertTrue(rank(v2.kind()) <= rank(v1.kind()), () -> rule.versions().get(0).requirement() + " as of "
						+ t + ": " + v1 + " became " + v2);
			}
		});
	}
}
