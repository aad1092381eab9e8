package dk.tilsyn.store.tests;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.impl.AnswerImpl;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;

/**
 * The process {@link CrashSafetyTest} kills: a plain Java main (no OSGi) that imports batches
 * of cases, or saves one review over and over, until it is killed. Prints one line per
 * finished transaction ("done KEY"), and from inside each transaction, once it has written
 * something, "writing KEY" (then it pauses {@value #PAUSE_MILLIS} ms, so that a kill can land
 * there): a kill after "writing KEY" and before "done KEY" landed inside a transaction. KEY is
 * the batch's id (import) or the version the save replaces (save). A store error ends it with
 * "failed MESSAGE".
 */
public final class CrashChild {
	static final int CASES_PER_IMPORT = 1000;
	static final int EVENTS_PER_CASE = 10;
	static final int PAUSE_MILLIS = 150;

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
				String key;
				if (mode.equals("import")) {
					long id = random.nextLong() & Long.MAX_VALUE;
					key = String.valueOf(id);
					store.importCases(new Announcing(batch(id), key));
				} else {
					Review review = store.find("kk2018", "S-1", "underretning", 1).orElseGet(() -> CrashSafetyTest.review());
					key = String.valueOf(review.getVersion());
					for (int q = 1; q <= 5; q++) {
						StoreContractTest.answer(review, "q" + q, AnswerValue.get(random.nextInt(3)),
								random.nextBoolean() ? null : "gemt " + i);
					}
					// the store reads the answers after it wrote the review's new version
					review.getAnswers().removeIf(a -> a.getQuestionId().equals("t1"));
					review.getAnswers().add(new AnnouncingAnswer(key));
					store.save(review, "gang " + i);
				}
				System.out.println("done " + key);
				System.out.flush();
			}
		} catch (StoreException e) {
			System.out.println("failed " + e.getMessage().replace('\n', ' '));
			System.out.flush();
			System.exit(1);
		}
	}

	static void announce(String key) {
		System.out.println("writing " + key);
		System.out.flush();
		try {
			Thread.sleep(PAUSE_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The cases of one import; the store goes through them once for the cases and once for
	 * their events: halfway through the second pass the cases are written, not committed.
	 */
	private static final class Announcing extends AbstractList<Case> {
		private final List<Case> cases;
		private final String key;
		private int passes;

		Announcing(List<Case> cases, String key) {
			this.cases = cases;
			this.key = key;
		}

		@Override
		public Case get(int index) {
			return cases.get(index);
		}

		@Override
		public int size() {
			return cases.size();
		}

		@Override
		public Iterator<Case> iterator() {
			boolean second = ++passes == 2;
			Iterator<Case> inner = cases.iterator();
			return new Iterator<>() {
				private int at;

				@Override
				public boolean hasNext() {
					return inner.hasNext();
				}

				@Override
				public Case next() {
					if (second && at++ == cases.size() / 2) {
						announce(key);
					}
					return inner.next();
				}
			};
		}
	}

	/** A text answer that announces when the store reads it during a save. */
	private static final class AnnouncingAnswer extends AnswerImpl {
		private final String key;
		private boolean announced;

		AnnouncingAnswer(String key) {
			this.key = key;
			setQuestionId("t1");
			setText("tekst");
		}

		@Override
		public String getText() {
			if (!announced) {
				announced = true;
				announce(key);
			}
			return super.getText();
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
