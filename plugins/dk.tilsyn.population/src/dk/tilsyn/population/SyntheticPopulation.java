package dk.tilsyn.population;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.ReviewFactory;

/**
 * A made-up case population shaped like Copenhagen's (seed 003): six units, about 37
 * caseworkers each (~220 in all), and notifications (underretninger) received and assessed
 * over a period, most within 24 hours. No real person's data; the same seed gives the same
 * population.
 */
public final class SyntheticPopulation {
	public static final List<String> UNITS = List.of("Amager", "Bispebjerg", "Indre By", "Nørrebro", "Valby",
			"Vesterbro");
	private static final int CASEWORKERS_PER_UNIT = 37;

	private final long seed;

	public SyntheticPopulation(long seed) {
		this.seed = seed;
	}

	/** {@code size} cases with their underretning events, received in [from, to]. */
	public List<Case> cases(int size, LocalDate from, LocalDate to) {
		SplittableRandom random = new SplittableRandom(seed);
		long days = to.toEpochDay() - from.toEpochDay() + 1;
		List<Case> cases = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			int unit = random.nextInt(UNITS.size());
			Case c = ReviewFactory.eINSTANCE.createCase();
			c.setId("S-%06d".formatted(i + 1));
			c.setUnit(UNITS.get(unit));
			c.setCaseworker("SB%d%02d".formatted(unit + 1, random.nextInt(CASEWORKERS_PER_UNIT) + 1));
			c.setBirthDate(from.minusDays(random.nextInt(18 * 365)));
			LocalDate received = from.plusDays(random.nextLong(days));
			LocalTime at = LocalTime.of(8 + random.nextInt(9), random.nextInt(60));
			c.getEvents().add(event("underretning_modtaget", received, at));
			// about 9 in 10 are assessed within the day, the rest up to 3 days later
			int delayHours = random.nextInt(10) < 9 ? random.nextInt(20) : 24 + random.nextInt(48);
			var assessed = received.atTime(at).plusHours(delayHours);
			c.getEvents().add(event("underretning_vurderet", assessed.toLocalDate(), assessed.toLocalTime()));
			cases.add(c);
		}
		return cases;
	}

	private static CaseEvent event(String name, LocalDate date, LocalTime time) {
		CaseEvent event = ReviewFactory.eINSTANCE.createCaseEvent();
		event.setName(name);
		event.setDate(date);
		event.setTime(time);
		return event;
	}

	/** A random source for anything else derived from this population, e.g. demo answers. */
	public Random random(String purpose) {
		return new Random(seed ^ purpose.hashCode());
	}
}
