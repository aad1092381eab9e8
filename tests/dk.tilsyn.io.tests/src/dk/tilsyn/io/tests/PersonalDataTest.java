package dk.tilsyn.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.Case;

/**
 * A CPR number is never shown: not the number, and no other value of a row that holds one,
 * whatever else is wrong with the row. The problems still name file, row and column.
 */
class PersonalDataTest {
	@TempDir
	Path folder;

	private Path utf8(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> where(CaseFileException e) {
		return e.problems().stream()
				.map(p -> p.file().getFileName() + (p.sheet() == null ? "" : "[" + p.sheet() + "]") + ":" + p.row() + ":"
						+ p.column())
				.toList();
	}

	private static void assertShowsNone(CaseFileException e, String... values) {
		for (Problem p : e.problems()) {
			for (String value : values) {
				assertFalse(p.toString().contains(value), "'" + value + "' shown in: " + p);
			}
		}
		for (String value : values) {
			assertFalse(e.getMessage().contains(value), "'" + value + "' shown in: " + e.getMessage());
		}
	}

	@Test
	void noOtherProblemOfARowWithACprNumberShowsAValueOfThatRow() throws Exception {
		Path cases = utf8("cases.csv", "case_id,unit,caseworker,birth_date,sibling_group\n"
				+ "K-7781,Enhed-Hemmelig,Xq-Sagsbeh,1999-99-99,0101901234\n" // bad date
				+ "K-100,Valby,AB,,\n" //
				+ "K-100,Enhed-Dublet,Zz-Sagsbeh,,010190-1234\n"); // duplicate id
		Path events = utf8("events.csv", "case_id,event,at,value\n"
				+ "U-555,opfoelgning,2018-01-01,Ringe-Notat 0101901234\n" // unknown case
				+ "K-100,hemmelig_haendelse,2018-01-02,Moder-Notat 010190-1234\n" // unknown event
				+ "K-100,opfoelgning,2018-02-30X,\"Fader-Notat (0101901234)\"\n" // bad date and time
				+ "K-100,opfoelgning,2018-03-25T02:30,0101901234\n"); // nonexistent local time
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(cases, events, ReferenceEvents.NAMES));
		assertEquals(List.of("cases.csv:2:sibling_group", "cases.csv:2:birth_date", "cases.csv:4:sibling_group",
				"cases.csv:4:case_id", "events.csv:2:value", "events.csv:2:case_id", "events.csv:3:value",
				"events.csv:3:event", "events.csv:4:value", "events.csv:4:at", "events.csv:5:value", "events.csv:5:at"),
				where(e), e.getMessage());
		assertShowsNone(e, "0101901234", "010190", "1234", "K-7781", "Enhed-Hemmelig", "Xq-Sagsbeh", "1999-99-99",
				"K-100", "Enhed-Dublet", "Zz-Sagsbeh", "U-555", "hemmelig_haendelse", "2018-01-01", "2018-01-02",
				"2018-02-30X", "2018-03-25", "02:30", "Ringe-Notat", "Moder-Notat", "Fader-Notat");
	}

	@Test
	void aRowWithoutACprNumberStillShowsTheValueThatIsWrong() throws Exception {
		Path cases = utf8("cases.csv", "case_id,unit,caseworker\nK-1,Valby,AB\n");
		Path events = utf8("events.csv", "case_id,event,at\nK-1,opfoelgning,2018-02-30X\n");
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(cases, events, ReferenceEvents.NAMES));
		assertEquals(List.of("events.csv:2:at"), where(e));
		assertEquals(true, e.getMessage().contains("2018-02-30X"), e.getMessage());
	}

	@Test
	void aCprNumberInTheHeaderLineIsRefusedAndNotUsedAsAColumnName() throws Exception {
		Path cases = utf8("cases.csv", "case_id,unit,caseworker,0101901234\nK-1,Valby,AB,\n");
		Path events = utf8("events.csv", "case_id,event,at,010190-1234\nK-1,opfoelgning,2018-02-30X,x\n");
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(cases, events, ReferenceEvents.NAMES));
		assertEquals(List.of("cases.csv:1:#4", "events.csv:1:#4", "events.csv:2:at"), where(e), e.getMessage());
		assertShowsNone(e, "0101901234", "010190", "1234");
	}

	private Path workbook(Object[][] cases, Object[][] events) throws Exception {
		Path file = folder.resolve("export.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "tilsyn-test", "1.0");
			sheet(wb.newWorksheet("cases"), cases);
			sheet(wb.newWorksheet("events"), events);
			wb.finish();
		}
		return file;
	}

	private static void sheet(Worksheet sheet, Object[][] rows) {
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				if (rows[r][c] instanceof Number n) {
					sheet.value(r, c, n);
				} else if (rows[r][c] != null) {
					sheet.value(r, c, rows[r][c].toString());
				}
			}
		}
	}

	@Test
	void aCprNumberStoredAsANumberWithoutItsLeadingZeroIsRefused() throws Exception {
		// 0101901240 typed into a cell Excel reads as a number: 101901240
		Path xlsx = workbook(
				new Object[][] { { "case_id", "unit", "caseworker", "sibling_group" }, { "K-1", "Valby", "AB", 101901240L },
						{ "K-2", "Valby", "AB", 101901240.0 } },
				new Object[][] { { "case_id", "event", "at", "value" }, { "K-1", "opfoelgning", "2018-01-01", 311299999 } });
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES));
		assertEquals(List.of("export.xlsx[cases]:2:sibling_group", "export.xlsx[cases]:3:sibling_group",
				"export.xlsx[events]:2:value"), where(e), e.getMessage());
		assertShowsNone(e, "101901240", "311299999");
	}

	@Test
	void aNumberOfNineDigitsThatIsNoCprNumberWithAZeroInFrontIsRead() throws Exception {
		// 0123456789: month 34 is no month; 0991234567: month 91 neither
		Path xlsx = workbook(new Object[][] { { "case_id", "unit", "caseworker" }, { 123456789, "Valby", "AB" },
				{ 991234567, "Valby", "AB" } }, new Object[][] { { "case_id", "event", "at" } });
		List<Case> read = CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES);
		assertEquals(List.of("123456789", "991234567"), read.stream().map(Case::getId).toList());
	}

	@Test
	void aCprNumberInAWorkbooksHeaderRowIsRefused() throws Exception {
		Path xlsx = workbook(new Object[][] { { "case_id", "unit", "caseworker", 101901240L }, { "K-1", "Valby", "AB" } },
				new Object[][] { { "case_id", "event", "at" } });
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES));
		assertEquals(List.of("export.xlsx[cases]:1:#4"), where(e), e.getMessage());
		assertShowsNone(e, "101901240");
	}

	@Test
	void aCprNumberInTheNameOfASheetThatIsReadIsRefusedAndNotShown() throws Exception {
		Path file = folder.resolve("named.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "tilsyn-test", "1.0");
			sheet(wb.newWorksheet("Sager 010190-1234"), new Object[][] { { "case_id", "unit", "caseworker" }, { "K-1", "Valby", "AB" } });
			sheet(wb.newWorksheet("events"), new Object[][] { { "case_id", "event", "at" }, { "K-1", "opfoelgning", "i går" } });
			wb.finish();
		}
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(file, null, null, ReferenceEvents.NAMES));
		assertEquals(List.of("named.xlsx[#1]:0:null", "named.xlsx[events]:2:at"), where(e), e.getMessage());
		assertShowsNone(e, "010190", "1234", "Sager");
	}
}
