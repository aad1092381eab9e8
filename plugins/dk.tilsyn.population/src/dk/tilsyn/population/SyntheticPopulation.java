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
	/** The out-of-hours service: its own unit, with its own caseworkers. */
	public static final String DOEGNVAGTEN = "D\u00f8gnvagten";
	private static final int DOEGNVAGTEN_CASEWORKERS = 6;
	/** The decision types (paragraphs) that {@link #addSamplingFacts} gives measures. */
	public static final List<String> PREVENTIVE_DECISIONS = List.of("SEL \u00a7 52, stk. 3, nr. 3",
			"SEL \u00a7 52, stk. 3, nr. 5", "SEL \u00a7 52, stk. 3, nr. 6", "SEL \u00a7 11, stk. 3");
	public static final String PLACEMENT_DECISION = "SEL \u00a7 52, stk. 3, nr. 7";

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
	 * A population for sampling: {@link #cases} in the six units, {@code size / 20} Døgnvagten
	 * cases, and {@link #addSamplingFacts} on all of them.
	 */
	public List<Case> samplingCases(int size, LocalDate from, LocalDate to) {
		List<Case> cases = new ArrayList<>(cases(size, from, to));
		cases.addAll(doegnvagtenCases(Math.max(1, size / 20), from, to));
		addSamplingFacts(cases, from, to);
		return cases;
	}

	/** Notifications taken by Døgnvagten at night, assessed within hours; ids {@code DV-000001}…. */
	public List<Case> doegnvagtenCases(int size, LocalDate from, LocalDate to) {
		SplittableRandom random = new SplittableRandom(seed ^ 0x44564147L);
		long days = to.toEpochDay() - from.toEpochDay() + 1;
		List<Case> cases = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			Case c = ReviewFactory.eINSTANCE.createCase();
			c.setId("DV-%06d".formatted(i + 1));
			c.setUnit(DOEGNVAGTEN);
			c.setCaseworker("DV%02d".formatted(random.nextInt(DOEGNVAGTEN_CASEWORKERS) + 1));
			c.setBirthDate(from.minusDays(random.nextInt(18 * 365)));
			LocalDate received = from.plusDays(random.nextLong(days));
			LocalTime at = LocalTime.of((17 + random.nextInt(14)) % 24, random.nextInt(60));
			c.getEvents().add(event("underretning_modtaget", received, at));
			var assessed = received.atTime(at).plusHours(1 + random.nextInt(12));
			if (!assessed.toLocalDate().isAfter(to)) {
				c.getEvents().add(event("underretning_vurderet", assessed.toLocalDate(), assessed.toLocalTime()));
			}
			cases.add(c);
		}
		return cases;
	}

	/**
	 * What sampling needs beyond notifications, added to the given cases in order: flags
	 * ({@code professionel_underretter}, {@code sikkerhedsplan}, {@code korte_snor},
	 * {@code ankestyrelsen_behandlet}), sibling groups, and the events that complete the later
	 * stages in [from, to]: investigations finished, new measures (decision, plan, start, with
	 * the decision's paragraph as an {@code afgoerelse} event) and running measures followed up.
	 * A case that already has an event of a kind does not get another (other methods may have
	 * added them). Døgnvagten's cases get flags and siblings only.
	 */
	public void addSamplingFacts(List<Case> cases, LocalDate from, LocalDate to) {
		SplittableRandom random = new SplittableRandom(seed ^ 0x53414d50L);
		long days = to.toEpochDay() - from.toEpochDay() + 1;
		Case previous = null;
		int groups = 0;
		for (Case c : cases) {
			if (random.nextInt(100) < 60) {
				addFlag(c, "professionel_underretter");
			}
			if (random.nextInt(100) < 5) {
				addFlag(c, "ankestyrelsen_behandlet");
			}
			// about one case in five is a sibling of the case before it in the same unit
			if (previous != null && previous.getUnit().equals(c.getUnit()) && random.nextInt(100) < 20) {
				if (previous.getSiblingGroup() == null) {
					previous.setSiblingGroup("F-%05d".formatted(++groups));
				}
				c.setSiblingGroup(previous.getSiblingGroup());
			}
			previous = c;
			if (DOEGNVAGTEN.equals(c.getUnit())) {
				continue;
			}
			if (random.nextInt(100) < 45 && !has(c, "undersoegelse_afsluttet")) {
				LocalDate finished = from.plusDays(random.nextLong(days));
				c.getEvents().add(event("undersoegelse_besluttet", finished.minusDays(30 + random.nextInt(100)), null));
				c.getEvents().add(event("undersoegelse_afsluttet", finished, null));
			}
			int roll = random.nextInt(100);
			if (roll < 80 && !has(c, "foranstaltning_afgjort")) {
				boolean placement = random.nextInt(100) < 45;
				String kind = placement ? "anbringelse" : "forebyggende";
				boolean running = roll >= 40; // otherwise a new measure decided in the period
				LocalDate decided = running ? from.minusDays(90 + random.nextInt(360))
						: from.plusDays(random.nextLong(days));
				CaseEvent decision = event("foranstaltning_afgjort", decided, null);
				decision.setValue(kind);
				c.getEvents().add(decision);
				c.getEvents().add(event("handleplan_udarbejdet", decided.minusDays(random.nextInt(8)), null));
				CaseEvent started = event("foranstaltning_ivaerksat", decided.plusDays(random.nextInt(15)), null);
				started.setValue(kind);
				c.getEvents().add(started);
				CaseEvent paragraph = event("afgoerelse", decided, null);
				paragraph.setValue(placement ? PLACEMENT_DECISION
						: PREVENTIVE_DECISIONS.get(random.nextInt(PREVENTIVE_DECISIONS.size())));
				c.getEvents().add(paragraph);
				if (running) {
					c.getEvents().add(event("opfoelgning", from.plusDays(random.nextLong(days)), null));
				}
				// the special risk areas of seed 003 are cases with measures
				if (random.nextInt(100) < 30) {
					addFlag(c, "sikkerhedsplan");
				}
				if (random.nextInt(100) < 30) {
					addFlag(c, "korte_snor");
				}
			}
		}
	}

	private static boolean has(Case c, String event) {
		return c.getEvents().stream().anyMatch(e -> e.getName().equals(event));
	}

	private static void addFlag(Case c, String flag) {
		if (!c.getFlags().contains(flag)) {
			c.getFlags().add(flag);
		}
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
