// Benchmark: all reference deadline rules (concept kk2018, library lovgrundlag, both law
// versions) over a synthetic population, against a plain java.time loop doing the same checks.
// Run by run.sh with the product's bundles on the class path; not a test, no assertions on time.
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.tilsyn.concept.ConceptRules;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.deadlines.CaseFacts.Event;
import dk.tilsyn.deadlines.Deadlines;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.Summary;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.population.SyntheticPopulation;

public class DeadlinesBench {
	static final LocalDateTime AS_OF = LocalDateTime.of(2025, 7, 1, 0, 0);
	static final LocalDate SEL_UNTIL = LocalDate.of(2023, 12, 31);
	static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
	// verdict indexes
	static final int MET = 0, MISSED = 1, NYD = 2, NE = 3, NA = 4;

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		long t0 = System.nanoTime();
		List<CaseFacts> cases = new ArrayList<>(size);
		new SyntheticPopulation(2024).forEachReferenceCase(size, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30),
				c -> cases.add(ConceptRules.facts(c)));
		long events = cases.stream().mapToLong(c -> c.events().size()).sum();
		double generate = (System.nanoTime() - t0) / 1e9;
		List<Rule> rules = new Kk2018Concept().rules();
		Deadlines engine = new Deadlines();
		System.out.printf("population: %,d cases, %,d events, generated in %.2f s; %d rules; as of %s%n", size, events,
				generate, rules.size(), AS_OF);

		long[][] engineCounts = null;
		long[][] baseCounts = null;
		double[] engineTimes = new double[rounds];
		double[] baseTimes = new double[rounds];
		double[] parallelTimes = new double[rounds];
		for (int warm = 0; warm < 2; warm++) {
			engineRun(engine, rules, cases);
			baseline(cases);
			engine.summarize(rules, cases, AS_OF);
		}
		for (int r = 0; r < rounds; r++) {
			long s = System.nanoTime();
			engineCounts = engineRun(engine, rules, cases);
			engineTimes[r] = (System.nanoTime() - s) / 1e9;
			s = System.nanoTime();
			baseCounts = baseline(cases);
			baseTimes[r] = (System.nanoTime() - s) / 1e9;
			s = System.nanoTime();
			Summary summary = engine.summarize(rules, cases, AS_OF);
			parallelTimes[r] = (System.nanoTime() - s) / 1e9;
			if (summary.rows().isEmpty()) {
				throw new IllegalStateException();
			}
		}
		System.out.println("rule                           met   missed  not_yet_due  not_evaluable  not_applicable   (engine = baseline?)");
		boolean same = true;
		for (int i = 0; i < rules.size(); i++) {
			boolean equal = Arrays.equals(engineCounts[i], baseCounts[i]);
			same &= equal;
			System.out.printf("%-28s %8d %8d %12d %14d %15d   %s%n", rules.get(i).id(), engineCounts[i][0], engineCounts[i][1],
					engineCounts[i][2], engineCounts[i][3], engineCounts[i][4],
					equal ? "same" : "DIFFERENT: " + Arrays.toString(baseCounts[i]));
		}
		double engine1 = median(engineTimes);
		double base1 = median(baseTimes);
		double par = median(parallelTimes);
		System.out.printf("engine, 1 thread (verdict objects, derivations not rendered): median %.3f s  runs %s%n", engine1,
				Arrays.toString(engineTimes));
		System.out.printf("baseline, plain java.time loop, 1 thread:                      median %.3f s  runs %s%n", base1,
				Arrays.toString(baseTimes));
		System.out.printf("ratio engine / baseline: %.2f%n", engine1 / base1);
		System.out.printf("engine summary, parallel (%d cores):                         median %.3f s%n",
				Runtime.getRuntime().availableProcessors(), par);
		System.out.println(same ? "counts: engine and baseline agree" : "counts: ENGINE AND BASELINE DIFFER");
	}

	static double median(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	static long[][] engineRun(Deadlines engine, List<Rule> rules, List<CaseFacts> cases) {
		long[][] counts = new long[rules.size()][5];
		int n = rules.size();
		for (CaseFacts c : cases) {
			for (int i = 0; i < n; i++) {
				Verdict v = engine.evaluate(rules.get(i), c, AS_OF);
				counts[i][v.kind().ordinal()]++;
			}
		}
		return counts;
	}

	// ---- the baseline: the eight reference rules written out with java.time ----------------------

	static final Set<LocalDate> HOLIDAYS = new HashSet<>();
	static {
		for (int y = 2000; y <= 2040; y++) {
			int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
			int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
			int m = (a + 11 * h + 22 * l) / 451;
			LocalDate easter = LocalDate.of(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
			HOLIDAYS.addAll(List.of(LocalDate.of(y, 1, 1), easter.minusDays(3), easter.minusDays(2), easter,
					easter.plusDays(1), easter.plusDays(39), easter.plusDays(49), easter.plusDays(50), LocalDate.of(y, 12, 25),
					LocalDate.of(y, 12, 26)));
			if (y <= 2023) {
				HOLIDAYS.add(easter.plusDays(26));
			}
		}
	}

	static LocalDateTime end(LocalDate d) {
		return d.atTime(23, 59, 59, 999_000_000);
	}

	static boolean sel(LocalDate d) {
		return !d.isAfter(SEL_UNTIL);
	}

	/** met/missed/not evaluable of an event against a due point (date-only on an hours due day: NE). */
	static int judge(Event e, LocalDateTime due) {
		if (e.time() != null) {
			return e.date().atTime(e.time()).isAfter(due) ? MISSED : MET;
		}
		int byDay = e.date().compareTo(due.toLocalDate());
		if (byDay == 0 && !due.toLocalTime().equals(end(due.toLocalDate()).toLocalTime())) {
			return NE;
		}
		return byDay <= 0 ? MET : MISSED;
	}

	static int deadline(CaseFacts c, LocalDateTime due, String target) {
		Event b = c.first(target, AS_OF);
		if (b == null) {
			return AS_OF.isAfter(due) ? MISSED : NYD;
		}
		return judge(b, due);
	}

	static long[][] baseline(List<CaseFacts> cases) {
		long[][] n = new long[8][5];
		for (CaseFacts c : cases) {
			Event received = c.first("underretning_modtaget", AS_OF);
			Event decision = c.first("foranstaltning_afgjort", AS_OF);
			Event start = c.first("foranstaltning_ivaerksat", AS_OF);
			Event investigation = c.first("undersoegelse_besluttet", AS_OF);
			// underretning_24t
			if (received == null) {
				n[0][NA]++;
			} else if (received.time() == null) {
				n[0][NE]++;
			} else {
				n[0][deadline(c, received.date().atTime(received.time()).atZone(ZONE).plusHours(24).toLocalDateTime(),
						"underretning_vurderet")]++;
			}
			// kvittering_6hverdage
			if (received == null || !c.flags().contains("professionel_underretter")) {
				n[1][NA]++;
			} else {
				LocalDate day = received.date();
				for (int k = 0; k < 6;) {
					day = day.plusDays(1);
					if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
							&& !HOLIDAYS.contains(day)) {
						k++;
					}
				}
				n[1][deadline(c, end(day), "kvittering_sendt")]++;
			}
			// undersoegelse_4m
			n[2][investigation == null ? NA
					: deadline(c, end(investigation.date().plusMonths(4)), "undersoegelse_afsluttet")]++;
			// handleplan_foer_afgoerelse: SEL before, BL within 3 months of the decision
			if (decision == null) {
				n[3][NA]++;
			} else if (sel(decision.date())) {
				Event plan = c.first("handleplan_udarbejdet", AS_OF);
				n[3][plan == null || plan.date().isAfter(decision.date()) ? MISSED : MET]++;
			} else {
				n[3][deadline(c, end(decision.date().plusMonths(3)), "handleplan_udarbejdet")]++;
			}
			// handleplan_4m: SEL from the start (unless the plan came first), BL from the decision
			boolean preventive = c.eventValue("foranstaltning_afgjort", true, "forebyggende");
			if (start != null && sel(start.date())) {
				n[4][preventive && !c.eventBefore("handleplan_udarbejdet", "foranstaltning_afgjort")
						? deadline(c, end(start.date().plusMonths(4)), "handleplan_udarbejdet")
						: NA]++;
			} else if (decision != null && !sel(decision.date())) {
				n[4][preventive ? deadline(c, end(decision.date().plusMonths(3)), "handleplan_udarbejdet") : NA]++;
			} else {
				n[4][start != null || decision != null ? NE : NA]++;
			}
			// opfoelgning_3m_6m
			n[5][start == null ? NA : followUps(c, start)]++;
			// personrettet_tilsyn_2_aarligt
			n[6][start == null ? NA : !c.eventValue("foranstaltning_afgjort", true, "anbringelse") ? NA : visits(c, start)]++;
			// boernesamtale_foer_afgoerelse
			if (decision == null || c.age() < 1) {
				n[7][NA]++;
			} else {
				Event talk = c.first("boernesamtale", AS_OF);
				n[7][talk == null || talk.date().isAfter(decision.date()) ? MISSED : MET]++;
			}
		}
		return n;
	}

	static int followUps(CaseFacts c, Event start) {
		boolean bl = !sel(start.date());
		List<Event> done = c.all("opfoelgning", AS_OF);
		List<Event> rhythms = bl ? c.all("opfoelgningsrytme_besluttet", AS_OF) : List.of();
		int next = 0;
		while (next < done.size() && done.get(next).date().isBefore(start.date())) {
			next++;
		}
		LocalDate base = start.date();
		int months = 3;
		boolean missed = false;
		int judged = 0;
		for (int p = 0; p < 500; p++) {
			LocalDateTime due = end(base.plusMonths(months));
			if (next >= done.size()) {
				if (AS_OF.isAfter(due)) {
					missed = true;
				}
				break;
			}
			Event e = done.get(next++);
			judged++;
			if (e.date().isAfter(due.toLocalDate())) {
				missed = true;
				base = due.toLocalDate();
			} else {
				base = e.date();
			}
			months = 6;
			for (Event r : rhythms) {
				if (!r.date().isAfter(base)) {
					months = Integer.parseInt(r.value().trim());
				}
			}
		}
		return missed ? MISSED : judged > 0 ? MET : NYD;
	}

	static int visits(CaseFacts c, Event start) {
		List<Event> done = c.all("tilsynsbesoeg", AS_OF);
		int judged = 0;
		for (int i = 1; i < 500; i++) {
			LocalDate from = start.date().plusMonths(12L * (i - 1));
			LocalDate to = start.date().plusMonths(12L * i);
			if (AS_OF.toLocalDate().isBefore(to)) {
				break;
			}
			int count = 0;
			for (Event e : done) {
				if (!e.date().isBefore(from) && e.date().isBefore(to)) {
					count++;
				}
			}
			judged++;
			if (count < 2) {
				return MISSED;
			}
		}
		return judged > 0 ? MET : NYD;
	}
}
