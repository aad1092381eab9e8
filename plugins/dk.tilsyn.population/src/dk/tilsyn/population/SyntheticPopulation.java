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

	/**
	 * {@code size} cases as {@link #cases}, each followed through the rest of the reference
	 * concept's course (CASE-DATA.md), eight more events, ten in all: kvittering_sendt,
	 * undersoegelse_besluttet and _afsluttet, foranstaltning_afgjort and _iværksat (value
	 * anbringelse for about 3 in 10, else forebyggende), handleplan_udarbejdet, then
	 * tilsynsbesoeg (anbringelse) or opfoelgningsrytme_besluttet (value: months), and
	 * opfoelgning. Sized for the store benchmarks (100,000 cases, 1,000,000 events).
	 */
	public List<Case> casesWithCourse(int size, LocalDate from, LocalDate to) {
		List<Case> cases = cases(size, from, to);
		SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_C0DE5EL);
		for (Case c : cases) {
			CaseEvent assessed = c.getEvents().get(1);
			var at = assessed.getDate().atTime(assessed.getTime());
			at = at.plusHours(1 + random.nextInt(72));
			c.getEvents().add(event("kvittering_sendt", at.toLocalDate(), at.toLocalTime()));
			at = at.plusDays(random.nextInt(10));
			c.getEvents().add(event("undersoegelse_besluttet", at.toLocalDate(), null));
			at = at.plusDays(30 + random.nextInt(120));
			c.getEvents().add(event("undersoegelse_afsluttet", at.toLocalDate(), null));
			String kind = random.nextInt(10) < 3 ? "anbringelse" : "forebyggende";
			at = at.plusDays(random.nextInt(30));
			c.getEvents().add(valued(event("foranstaltning_afgjort", at.toLocalDate(), null), kind));
			at = at.plusDays(random.nextInt(30));
			c.getEvents().add(valued(event("foranstaltning_ivaerksat", at.toLocalDate(), null), kind));
			at = at.plusDays(random.nextInt(60));
			c.getEvents().add(event("handleplan_udarbejdet", at.toLocalDate(), null));
			if (kind.equals("anbringelse")) {
				c.getEvents().add(event("tilsynsbesoeg", at.plusDays(30 + random.nextInt(60)).toLocalDate(), null));
			} else {
				c.getEvents().add(valued(event("opfoelgningsrytme_besluttet", at.toLocalDate(), null),
						String.valueOf(3 + 3 * random.nextInt(2))));
			}
			c.getEvents().add(event("opfoelgning", at.plusDays(90 + random.nextInt(90)).toLocalDate(), null));
		}
		return cases;
	}

	private static CaseEvent valued(CaseEvent event, String value) {
		event.setValue(value);
		return event;
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
