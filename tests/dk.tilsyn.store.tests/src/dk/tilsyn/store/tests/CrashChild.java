package dk.tilsyn.store.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;

/**
 * The process {@link CrashSafetyTest} kills: a plain Java main (no OSGi) that imports batches
 * of cases, or saves one review over and over, until it is killed. Prints one line per
 * finished transaction.
 */
public final class CrashChild {
	static final int CASES_PER_IMPORT = 1000;
	static final int EVENTS_PER_CASE = 10;

	private CrashChild() {
	}

	public static void main(String[] args) {
		String url = args[0];
		String mode = args[1];
		Random random = new Random();
		try (ReviewStore store = ReviewStore.open(url, Principal.administrator("crash"))) {
			System.out.println("ready");
			System.out.flush();
			for (int i = 0;; i++) {
				if (mode.equals("import")) {
					store.importCases(batch(random.nextLong() & Long.MAX_VALUE));
				} else {
					Review review = store.find("kk2018", "S-1", "underretning", 1).orElseGet(() -> CrashSafetyTest.review());
					for (int q = 1; q <= 5; q++) {
						StoreContractTest.answer(review, "q" + q, AnswerValue.get(random.nextInt(3)),
								random.nextBoolean() ? null : "gemt " + i);
					}
					store.save(review, "gang " + i);
				}
				System.out.println("done " + i);
				System.out.flush();
			}
		}
	}

	static List<Case> batch(long id) {
		List<Case> cases = new ArrayList<>();
		for (int c = 0; c < CASES_PER_IMPORT; c++) {
			String[] events = new String[EVENTS_PER_CASE];
			for (int e = 0; e < EVENTS_PER_CASE; e++) {
				events[e] = "opfoelgning";
			}
			Case aCase = StoreContractTest.aCase("B" + id + "-" + c, "Valby", events);
			for (int e = 0; e < EVENTS_PER_CASE; e++) {
				aCase.getEvents().get(e).setDate(LocalDate.of(2018, 1, 1).plusDays(e));
			}
			cases.add(aCase);
		}
		return cases;
	}
}
