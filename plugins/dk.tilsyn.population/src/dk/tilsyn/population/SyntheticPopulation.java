package dk.tilsyn.population;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;

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
	 * concept's course (the events its library lovgrundlag.tilsyn declares), eight more events, ten in all: kvittering_sendt,
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

	// ---- the reference concept's events for every stage (deadline rules) ----------------------

	/** Flag of a notification from a professional (the 6-working-day receipt rule applies). */
	public static final String PROFESSIONAL_NOTIFIER = "professionel_underretter";

	/**
	 * {@code size} cases with the reference concept's events of every stage, notifications received
	 * in [from, to] and nothing recorded after {@code to} (the day of the export): most deadlines met,
	 * some missed, some date-only timestamps. See {@link #forEachReferenceCase}.
	 */
	public List<Case> referenceCases(int size, LocalDate from, LocalDate to) {
		List<Case> cases = new ArrayList<>(size);
		forEachReferenceCase(size, from, to, cases::add);
		return cases;
	}

	/**
	 * The cases of {@link #referenceCases} one at a time, for populations too large to hold as EMF
	 * objects. Mix per case: every case has a notification (about 4 in 10 from a professional); about
	 * 35 % are investigated; of those about 60 % get a measure (3 in 10 a placement, anbringelse, the
	 * rest forebyggende), with a plan, a child interview, follow-ups and, for placements, supervision
	 * visits. Deadlines are met about 85-90 % of the time.
	 */
	public void forEachReferenceCase(int size, LocalDate from, LocalDate to, Consumer<Case> sink) {
		SplittableRandom random = new SplittableRandom(seed ^ 0x5eed_dead_11e5L);
		long first = from.toEpochDay();
		long days = to.toEpochDay() - first + 1;
		long last = to.toEpochDay();
		for (int i = 0; i < size; i++) {
			int unit = random.nextInt(UNITS.size());
			Case c = ReviewFactory.eINSTANCE.createCase();
			c.setId("R-%07d".formatted(i + 1));
			c.setUnit(UNITS.get(unit));
			c.setCaseworker("SB%d%02d".formatted(unit + 1, random.nextInt(CASEWORKERS_PER_UNIT) + 1));
			LocalDate received = LocalDate.ofEpochDay(first + random.nextLong(days));
			c.setBirthDate(received.minusDays(random.nextInt(18 * 365)));
			addReferenceEvents(c, random, received, last);
			sink.accept(c);
		}
	}

	/** The reference events of one case whose notification is received on {@code received}. */
	private static void addReferenceEvents(Case c, SplittableRandom random, LocalDate received, long last) {
		Events events = new Events(c, last);
		// underretning: received with a time of day (1 in 20 date only), assessed within 24 hours mostly
		LocalTime at = LocalTime.of(7 + random.nextInt(10), random.nextInt(60));
		LocalDateTime receivedAt = received.atTime(at);
		boolean dateOnly = random.nextInt(20) == 0;
		events.add("underretning_modtaget", receivedAt, dateOnly, null);
		int delayMinutes = random.nextInt(100) < 88 ? random.nextInt(23 * 60) : 24 * 60 + random.nextInt(72 * 60);
		LocalDateTime assessed = receivedAt.plusMinutes(delayMinutes);
		events.add("underretning_vurderet", assessed, random.nextInt(30) == 0, null);
		// a professional notifier gets a receipt, mostly within 6 working days (about 8 calendar days)
		if (random.nextInt(10) < 4) {
			if (!c.getFlags().contains(PROFESSIONAL_NOTIFIER)) {
				c.getFlags().add(PROFESSIONAL_NOTIFIER);
			}
			if (random.nextInt(20) != 0) {
				int after = random.nextInt(100) < 88 ? 1 + random.nextInt(7) : 9 + random.nextInt(20);
				events.add("kvittering_sendt", received.plusDays(after).atStartOfDay(), true, null);
			}
		}
		if (random.nextInt(100) >= 35) {
			return;
		}
		// børnefaglig undersøgelse: within 4 months mostly
		LocalDate decided = assessed.toLocalDate().plusDays(random.nextInt(21));
		if (!events.add("undersoegelse_besluttet", decided)) {
			return;
		}
		LocalDate concluded = decided.plusDays(random.nextInt(100) < 85 ? 30 + random.nextInt(88) : 125 + random.nextInt(90));
		if (!events.add("undersoegelse_afsluttet", concluded) || random.nextInt(100) >= 60) {
			return;
		}
		// a measure: the decision, the plan (mostly before it), the child interview, the start
		String kind = random.nextInt(10) < 3 ? "anbringelse" : "forebyggende";
		LocalDate decision = concluded.plusDays(random.nextInt(31));
		if (random.nextInt(100) < 75) {
			events.add("handleplan_udarbejdet", decision.minusDays(random.nextInt(21)));
		} else {
			events.add("handleplan_udarbejdet", decision.plusDays(1 + random.nextInt(random.nextInt(4) == 0 ? 200 : 80)));
		}
		if (random.nextInt(100) < 85) {
			events.add("boernesamtale", decision.minusDays(random.nextInt(30)));
		} else if (random.nextBoolean()) {
			events.add("boernesamtale", decision.plusDays(1 + random.nextInt(30)));
		}
		if (!events.add("foranstaltning_afgjort", decision, kind)) {
			return;
		}
		LocalDate start = decision.plusDays(random.nextInt(31));
		if (!events.add("foranstaltning_ivaerksat", start, kind)) {
			return;
		}
		// follow-ups: the first within 3 months mostly, then within 6 (or the recorded rhythm)
		int rhythmMonths = 6;
		LocalDate previous = start;
		for (int n = 0; n < 12; n++) {
			boolean late = random.nextInt(100) < 8;
			int months = n == 0 ? 3 : rhythmMonths;
			LocalDate next = late ? previous.plusMonths(months).plusDays(1 + random.nextInt(60))
					: previous.plusMonths(months).minusDays(random.nextInt(months * 20));
			if (!events.add("opfoelgning", next)) {
				break;
			}
			if (n == 0 && next.getYear() >= 2024 && random.nextInt(10) < 3) {
				rhythmMonths = random.nextBoolean() ? 3 : 12;
				events.add("opfoelgningsrytme_besluttet", next, Integer.toString(rhythmMonths));
			}
			previous = next;
		}
		// supervision visits for a placement: usually 2-3 per placement year
		if (kind.equals("anbringelse")) {
			for (int year = 0; year < 10; year++) {
				LocalDate yearStart = start.plusMonths(12L * year);
				if (yearStart.toEpochDay() > last) {
					break;
				}
				int visits = random.nextInt(100) < 88 ? 2 + random.nextInt(2) : random.nextInt(2);
				for (int v = 0; v < visits; v++) {
					events.add("tilsynsbesoeg", yearStart.plusDays(random.nextInt(365)));
				}
			}
		}
	}

	/** Adds events to a case, leaving out what would happen after the export day. */
	private static final class Events {
		private final Case c;
		private final long last;

		Events(Case c, long last) {
			this.c = c;
			this.last = last;
		}

		boolean add(String name, LocalDate date) {
			return add(name, date, null);
		}

		boolean add(String name, LocalDate date, String value) {
			if (date.toEpochDay() > last) {
				return false;
			}
			CaseEvent e = event(name, date, null);
			e.setValue(value);
			c.getEvents().add(e);
			return true;
		}

		boolean add(String name, LocalDateTime at, boolean dateOnly, String value) {
			if (at.toLocalDate().toEpochDay() > last) {
				return false;
			}
			CaseEvent e = event(name, at.toLocalDate(), dateOnly ? null : at.toLocalTime());
			e.setValue(value);
			c.getEvents().add(e);
			return true;
		}
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
