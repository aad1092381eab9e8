package dk.tilsyn.store.tests;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.postgresql.PGConnection;

import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.Review;
import dk.tilsyn.population.SyntheticPopulation;
import dk.tilsyn.store.ImportResult;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreLocations;

/**
 * The store benchmark (releng/bench/store/run.sh; not a test): importing 100,000 cases with
 * 1,000,000 events into the embedded store and PostgreSQL, against PostgreSQL's COPY of the
 * same rows as the floor, and the time to save one answer on the embedded store (p50, p99).
 * Prints a markdown table on stdout.
 */
public final class StoreBenchmark {
	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String pgUrl = args[0];
		Path work = Files.createTempDirectory("tilsyn-bench");
		int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		List<Case> cases = new SyntheticPopulation(3).casesWithCourse(size, LocalDate.of(2018, 1, 1),
				LocalDate.of(2018, 12, 31));
		long events = cases.stream().mapToLong(c -> c.getEvents().size()).sum();
		Principal admin = Principal.administrator("bench");

		double h2 = importSeconds(StoreLocations.embeddedUrl(work.resolve("h2")), cases, admin);
		double pg = importSeconds(freshSchema(pgUrl), cases, admin);
		double copy = copySeconds(freshSchema(pgUrl), cases);
		double again = reimportSeconds(StoreLocations.embeddedUrl(work.resolve("h2")), cases, admin);
		double[] save = saveMillis(StoreLocations.embeddedUrl(work.resolve("save")), admin);

		System.out.println("| measurement | result | goal | baseline (PostgreSQL COPY) | ratio |");
		System.out.println("|---|---|---|---|---|");
		System.out.printf("| import %,d cases with %,d events, embedded (H2) | %.2f s | < 10 s | %.2f s | %.1f (goal <= 3) |%n",
				cases.size(), events, h2, copy, h2 / copy);
		System.out.printf("| import %,d cases with %,d events, PostgreSQL | %.2f s | < 10 s | %.2f s | %.1f (goal <= 3) |%n",
				cases.size(), events, pg, copy, pg / copy);
		System.out.printf("| re-import of the same export, embedded (changes nothing) | %.2f s | | | |%n", again);
		System.out.printf("| save one answer, embedded: p50 | %.2f ms | | | |%n", save[0]);
		System.out.printf("| save one answer, embedded: p99 | %.2f ms | < 5 ms | | |%n", save[1]);
	}

	private static double importSeconds(String url, List<Case> cases, Principal admin) {
		try (ReviewStore store = ReviewStore.open(url, admin)) {
			long start = System.nanoTime();
			ImportResult result = store.importCases(cases);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (result.newCases() != cases.size()) {
				throw new IllegalStateException("imported " + result);
			}
			return seconds;
		}
	}

	private static double reimportSeconds(String url, List<Case> cases, Principal admin) {
		try (ReviewStore store = ReviewStore.open(url, admin)) {
			long start = System.nanoTime();
			ImportResult result = store.importCases(cases);
			if (!result.equals(new ImportResult(0, 0, 0))) {
				throw new IllegalStateException("re-import changed " + result);
			}
			return (System.nanoTime() - start) / 1e9;
		}
	}

	/** The floor: the same rows into the same tables with COPY, in one transaction. */
	private static double copySeconds(String url, List<Case> cases) throws Exception {
		ReviewStore.open(url, Principal.administrator("bench")).close(); // the same tables and keys
		StringBuilder caseRows = new StringBuilder();
		StringBuilder eventRows = new StringBuilder();
		for (Case c : cases) {
			caseRows.append(c.getId()).append('\t').append(c.getUnit()).append('\t').append(c.getCaseworker())
					.append('\t').append(c.getBirthDate() == null ? "\\N" : c.getBirthDate()).append("\t\\N\t\\N\n");
			for (CaseEvent e : c.getEvents()) {
				eventRows.append(c.getId()).append('\t').append(fingerprint(e)).append('\t').append(e.getName())
						.append('\t').append(e.getDate()).append('\t').append(e.getTime() == null ? "\\N" : e.getTime())
						.append('\t').append(e.getValue() == null ? "\\N" : e.getValue()).append('\n');
			}
		}
		try (Connection connection = new org.postgresql.Driver().connect(url, new Properties())) {
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY case_record FROM STDIN", new StringReader(caseRows.toString()));
			copy.copyIn("COPY case_event (case_id, fingerprint, event_name, event_date, event_time, event_value)"
					+ " FROM STDIN", new StringReader(eventRows.toString()));
			connection.commit();
			return (System.nanoTime() - start) / 1e9;
		}
	}

	private static String fingerprint(CaseEvent e) {
		String value = e.getValue() == null ? "" : e.getValue();
		return e.getName() + "|" + e.getDate() + "|" + (e.getTime() == null ? "" : e.getTime()) + "|" + value;
	}

	/** p50 and p99 of saving a 10-answer review with one answer changed, after a warm-up. */
	private static double[] saveMillis(String url, Principal admin) {
		try (ReviewStore store = ReviewStore.open(url, admin)) {
			store.importCases(List.of(StoreContractTest.aCase("S-1", "Valby")));
			Review review = StoreContractTest.review("S-1", 1, "bench");
			for (int q = 0; q < 10; q++) {
				StoreContractTest.answer(review, "q" + q, AnswerValue.YES, null);
			}
			store.save(review);
			int warmup = 500;
			int n = 3000;
			double[] millis = new double[n];
			for (int i = 0; i < warmup + n; i++) {
				StoreContractTest.answer(review, "q" + i % 10, AnswerValue.get(i % 3), null);
				long start = System.nanoTime();
				store.save(review, "bench");
				if (i >= warmup) {
					millis[i - warmup] = (System.nanoTime() - start) / 1e6;
				}
			}
			Arrays.sort(millis);
			return new double[] { millis[n / 2], millis[n * 99 / 100] };
		}
	}

	private static String freshSchema(String url) throws Exception {
		String schema = "bench_" + System.nanoTime();
		try (Connection connection = new org.postgresql.Driver().connect(url, new Properties());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}
}
