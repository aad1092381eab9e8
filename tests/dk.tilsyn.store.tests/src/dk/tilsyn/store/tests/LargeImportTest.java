package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.EventDeclaration;
import dk.tilsyn.io.EventDeclaration.Precision;
import dk.tilsyn.io.EventDeclaration.ValueKind;
import dk.tilsyn.model.Case;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;

/** 100,000 cases with one bad row in the middle: nothing is stored, whichever layer finds it. */
class LargeImportTest {
	private static final int CASES = 100_000;
	/** The one event the files hold, with its time of day. */
	private static final List<EventDeclaration> EVENTS = List
			.of(new EventDeclaration("opfoelgning", Precision.DATE_TIME, true, ValueKind.NONE, List.of()));

	@TempDir
	Path folder;

	private Path[] files(String badCaseRow) throws Exception {
		Path cases = folder.resolve("cases.csv");
		Path events = folder.resolve("events.csv");
		try (BufferedWriter c = Files.newBufferedWriter(cases, StandardCharsets.UTF_8);
				BufferedWriter e = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
			c.write("case_id;unit;caseworker;birth_date\r\n");
			e.write("case_id;event;at\r\n");
			for (int i = 0; i < CASES; i++) {
				String id = "S-%06d".formatted(i);
				c.write(i == CASES / 2 ? badCaseRow + "\r\n" : id + ";Valby;SB" + i % 37 + ";2010-01-02\r\n");
				e.write(id + ";opfoelgning;2018-03-04T10:00\r\n");
			}
		}
		return new Path[] { cases, events };
	}

	/**
	 * A store that already holds cases takes a large import whose bad row the database finds
	 * only after ten batches went in, while the same import also changes cases it already has:
	 * afterwards the store holds exactly what it held before.
	 */
	@ParameterizedTest
	@EnumSource(Stores.class)
	void aBadRowFoundWhileStoringAfterEarlierBatchesLeavesAStoreWithDataAsItWas(Stores kind) throws Exception {
		Path[] files = files("S-050000;" + "V".repeat(250) + ";SB1;2010-02-03");
		List<Case> cases = CaseFiles.read(files[0], files[1], EVENTS);
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), Principal.administrator("t"))) {
			List<Case> earlier = new java.util.ArrayList<>();
			for (int i = 0; i < 1000; i++) { // the first thousand of the same cases, in other units, and others
				earlier.add(StoreContractTest.aCase("S-%06d".formatted(i), "Amager", "opfoelgning"));
				earlier.add(StoreContractTest.aCase("T-%06d".formatted(i), "Amager", "opfoelgning", "opfoelgning"));
			}
			assertEquals(2000, store.importCases(earlier).newCases());
			StoreException e = assertThrows(StoreException.class, () -> store.importCases(cases));
			assertTrue(e.getMessage().contains("Intet blev indl\u00e6st"), e.getMessage());
			assertTrue(e.getMessage().contains(String.valueOf(CASES / 2 + 1)) && e.getMessage().contains("unit"),
					"found at the bad case, in its column: " + e.getMessage());
			StoreErrorTest.assertNoValues(e, "S-0", "VVVV");
			assertEquals(2000, store.status().cases());
			assertEquals(3000, store.status().events());
			assertEquals("Amager", store.findCase("S-000007").orElseThrow().getUnit(), "no change went in either");
			assertEquals(1, store.findCase("S-000007").orElseThrow().getEvents().size());
			assertTrue(store.findCase("S-049999").isEmpty(), "nor a case of a batch before the bad row");
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aBadRowFoundByTheDatabaseStoresNothing(Stores kind) throws Exception {
		Path[] files = files("S-050000;" + "V".repeat(250) + ";SB1;2010-02-03");
		List<Case> cases = CaseFiles.read(files[0], files[1], EVENTS);
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), Principal.administrator("t"))) {
			StoreException e = assertThrows(StoreException.class, () -> store.importCases(cases));
			assertEquals(true, e.getMessage().contains("Intet blev indl\u00e6st"), e.getMessage());
			assertEquals(0, store.status().cases());
			assertEquals(0, store.status().events());
			cases.get(CASES / 2).setUnit("Valby");
			assertEquals(CASES, store.importCases(cases).newCases(), "the corrected file is imported whole");
			assertEquals(CASES, store.status().events());
		}
	}
}
