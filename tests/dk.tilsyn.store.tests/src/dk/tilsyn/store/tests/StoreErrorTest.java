package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dk.tilsyn.model.Case;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreLocations;

/**
 * A database error says what failed (the operation, the case's place in the import, the
 * column) and what to do, never the rows' values: the drivers' messages carry whole batches
 * of them. Nor does the embedded store write them into a trace file in the data folder.
 */
class StoreErrorTest {
	private static final Principal ADMIN = Principal.administrator("admin");
	/** A unit name no one would write: it must not come back in any message. */
	private static final String SECRET_UNIT = "Hemmelig-enhed-" + "X".repeat(240);

	@TempDir
	Path folder;

	private static List<Case> cases(String prefix, int count) {
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			cases.add(StoreContractTest.aCase(prefix + i, "Valby", "opfoelgning"));
		}
		return cases;
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aValueTheDatabaseRefusesIsNamedByCaseNumberAndColumnNotByValue(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			store.importCases(cases("GAMMEL-", 3));
			List<Case> cases = cases("HEMMELIG-", 12_000);
			cases.get(10_500).setUnit(SECRET_UNIT); // after two batches went in
			StoreException e = assertThrows(StoreException.class, () -> store.importCases(cases));
			assertNoValues(e, "HEMMELIG-", "Hemmelig-enhed", "Valby", "SBHEMMELIG");
			assertTrue(e.getMessage().contains("10501") && e.getMessage().contains("unit"),
					"the case's place in the import and the column: " + e.getMessage());
			assertTrue(e.getMessage().contains("200"), "the limit: " + e.getMessage());
			assertEquals(3, store.status().cases(), "nothing was imported");
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aBrokenUniqueKeyInABatchGivesAMessageWithoutTheRows(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			List<Case> cases = cases("HEMMELIG-", 100);
			cases.add(StoreContractTest.aCase("HEMMELIG-7", "Valby")); // twice: the reader would refuse it
			StoreException e = assertThrows(StoreException.class, () -> store.importCases(cases));
			assertNoValues(e, "HEMMELIG-", "Valby", "SBHEMMELIG");
			assertTrue(e.getMessage().length() < 600, "a short message: " + e.getMessage());
			assertEquals(0, store.status().cases());
		}
	}

	@Test
	void anErrorLeavesNoTraceFileInTheDataFolder() throws Exception {
		Path data = folder.resolve("data");
		try (ReviewStore store = ReviewStore.open(StoreLocations.embeddedUrl(data.resolve("tilsyn")), ADMIN)) {
			List<Case> cases = cases("HEMMELIG-", 10);
			cases.get(5).setUnit(SECRET_UNIT);
			assertThrows(StoreException.class, () -> store.importCases(cases));
		}
		try (Stream<Path> files = Files.list(data)) {
			List<String> names = files.map(p -> p.getFileName().toString()).toList();
			assertTrue(names.contains("tilsyn.mv.db"), names.toString());
			assertFalse(names.stream().anyMatch(n -> n.endsWith(".trace.db")), "no trace file: " + names);
		}
	}

	/**
	 * Neither the message nor anything the exception carries (causes, suppressed, the next
	 * exceptions of a batch) holds one of the values: a log of the stack trace would show them.
	 */
	static void assertNoValues(Throwable e, String... values) {
		StringWriter all = new StringWriter();
		e.printStackTrace(new PrintWriter(all));
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
					all.append(next.getMessage());
				}
			}
		}
		for (String value : values) {
			assertFalse(e.getMessage().contains(value), "the message shows '" + value + "': " + shorten(e.getMessage()));
			assertFalse(all.toString().contains(value), "the exception carries '" + value + "': " + shorten(all.toString()));
		}
	}

	private static String shorten(String text) {
		return text.length() > 2000 ? text.substring(0, 2000) + "… (" + text.length() + " characters)" : text;
	}
}
