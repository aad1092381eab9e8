package dk.tilsyn.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.Case;

/** Each file shape of docs/CASE-DATA.md on its own, XLSX workbooks, mapping files, malformed files. */
class ImportFormatsTest {
	@TempDir
	Path folder;

	private Path file(String name, String text, String charset, boolean bom) throws Exception {
		byte[] body = text.getBytes(Charset.forName(charset));
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			if (bom) {
				out.write(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf });
			}
			out.write(body);
		}
		return file;
	}

	private Path utf8(String name, String text) throws Exception {
		return file(name, text, "UTF-8", false);
	}

	@ParameterizedTest(name = "{0} {1} bom={2} {3}")
	@CsvSource({ "UTF-8, ',', false, LF", "UTF-8, ',', true, LF", "UTF-8, ';', true, CRLF", "windows-1252, ';', false, CRLF",
			"windows-1252, ',', false, LF", "UTF-8, ';', false, CRLF" })
	void everyEncodingDelimiterAndLineEndIsRead(String charset, char delimiter, boolean bom, String lineEnd)
			throws Exception {
		String nl = lineEnd.equals("CRLF") ? "\r\n" : "\n";
		String d = String.valueOf(delimiter);
		String cases = String.join(d, "case_id", "unit", "caseworker", "flags") + nl
				+ String.join(d, "S-1", "Nørrebro", "ÆØ", "\"korte_snor;sikkerhedsplan\"") + nl
				+ String.join(d, "\"S-2\"", "\"Amager, Øst; Syd\"", "\"sagt \"\"Å\"\"\"", "") + nl;
		String events = String.join(d, "case_id", "event", "at", "value") + nl
				+ String.join(d, "S-1", "foranstaltning_afgjort", "2018-02-03T09:15", "anbringelse") + nl
				+ String.join(d, "S-2", "opfoelgning", "2018-02-04", "\"to linjer" + nl + "i ét felt\"") + nl;
		List<Case> read = CaseFiles.read(file("c.csv", cases, charset, bom), file("e.csv", events, charset, bom),
				ReferenceEvents.NAMES);
		assertEquals(List.of("S-1", "S-2"), read.stream().map(Case::getId).toList());
		assertEquals("Nørrebro", read.get(0).getUnit());
		assertEquals("ÆØ", read.get(0).getCaseworker());
		assertEquals(List.of("korte_snor", "sikkerhedsplan"), read.get(0).getFlags());
		assertEquals("Amager, Øst; Syd", read.get(1).getUnit());
		assertEquals("sagt \"Å\"", read.get(1).getCaseworker());
		assertEquals(LocalTime.of(9, 15), read.get(0).getEvents().get(0).getTime());
		assertEquals("anbringelse", read.get(0).getEvents().get(0).getValue());
		assertEquals("to linjer" + nl + "i ét felt", read.get(1).getEvents().get(0).getValue());
	}

	private Path workbook(String name, String casesSheet, String eventsSheet, Object[][] cases, Object[][] events)
			throws Exception {
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "tilsyn-test", "1.0");
			sheet(wb.newWorksheet(casesSheet), cases);
			if (eventsSheet != null) {
				sheet(wb.newWorksheet(eventsSheet), events);
			}
			wb.finish();
		}
		return file;
	}

	private static void sheet(Worksheet sheet, Object[][] rows) {
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object v = rows[r][c];
				if (v instanceof Number n) {
					sheet.value(r, c, n);
				} else if (v instanceof LocalDate d) {
					sheet.value(r, c, d);
					sheet.style(r, c).format("yyyy-mm-dd").set();
				} else if (v != null) {
					sheet.value(r, c, v.toString());
				}
			}
		}
	}

	@Test
	void anXlsxWorkbookWithTwoSheetsIsRead() throws Exception {
		Path xlsx = workbook("export.xlsx", "Sager", "Hændelser",
				new Object[][] { { "Case_ID", "unit", "caseworker", "birth_date" }, { 1001, "Valby", "AB", LocalDate.of(2011, 4, 2) },
						{ "S-2", "Valby", "CD", "2012-01-31" } },
				new Object[][] { { "case_id", "event", "at" }, { 1001, "boernesamtale", LocalDate.of(2018, 3, 1) },
						{ "S-2", "tilsynsbesoeg", "2018-03-02T10:30" } });
		List<Case> read = CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES);
		assertEquals("1001", read.get(0).getId(), "a numeric id is read as the number's digits");
		assertEquals(LocalDate.of(2011, 4, 2), read.get(0).getBirthDate(), "an Excel date cell is a date");
		assertEquals(LocalDate.of(2018, 3, 1), read.get(0).getEvents().get(0).getDate());
		assertEquals(LocalTime.of(10, 30), read.get(1).getEvents().get(0).getTime());
	}

	@Test
	void sheetsNamedCasesAndEventsAreFoundInAnyOrder() throws Exception {
		Path xlsx = workbook("export.xlsx", "Events", "cases", new Object[][] { { "case_id", "event", "at" },
				{ "S-1", "opfoelgning", "2018-03-02" } },
				new Object[][] { { "case_id", "unit", "caseworker" }, { "S-1", "Valby", "AB" } });
		assertEquals(1, CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES).get(0).getEvents().size());
	}

	@Test
	void problemsInAWorkbookNameTheSheetRowAndColumnAndNeverTheCprNumber() throws Exception {
		Path xlsx = workbook("export.xlsx", "cases", "events",
				new Object[][] { { "case_id", "unit", "caseworker", "sibling_group" }, { "S-1", "Valby", "AB", "bror: 0101101234" } },
				new Object[][] { { "case_id", "event", "at" }, { "S-1", "opfoelgning", "i går" } });
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES));
		assertEquals(List.of("cases:2:sibling_group", "events:2:at"),
				e.problems().stream().map(p -> p.sheet() + ":" + p.row() + ":" + p.column()).toList());
		assertTrue(e.problems().get(0).toString().startsWith("export.xlsx[cases]:2: sibling_group: "));
		assertFalse(e.getMessage().contains("0101101234"));
	}

	@Test
	void aWorkbookWithOneSheetOrNoWorkbookAtAllIsAProblem() throws Exception {
		Path one = workbook("one.xlsx", "data", null, new Object[][] { { "case_id", "unit", "caseworker" } }, null);
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(one, null, null, ReferenceEvents.NAMES));
		assertEquals("events", e.problems().get(0).sheet());
		Path broken = utf8("broken.xlsx", "case_id,unit\n");
		e = assertThrows(CaseFileException.class, () -> CaseFiles.read(broken, null, null, null));
		assertEquals(1, e.problems().size());
		assertTrue(e.problems().get(0).message().contains("XLSX"), e.getMessage());
	}

	@Test
	void aMappingFileRenamesAnotherExportsColumns() throws Exception {
		Path mapping = utf8("dubu.properties", "# Tilsyn = DUBU\ncase_id = Sagsnummer\nunit = Enhed\ncaseworker = Sagsbehandler\n"
				+ "events.event = Hændelse\nevents.at = Tidspunkt\n");
		Path cases = utf8("c.csv", "Sagsnummer;Enhed;Sagsbehandler\nD-1;Valby;AB\n");
		Path events = utf8("e.csv", "SAGSNUMMER;hændelse;Tidspunkt\nD-1;opfoelgning;2018-05-01\n");
		List<Case> read = CaseFiles.read(cases, events, mapping, ReferenceEvents.NAMES);
		assertEquals("Valby", read.get(0).getUnit());
		assertEquals(1, read.get(0).getEvents().size());
		CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(
				utf8("c2.csv", "Sagsnummer;Enhed\nD-1;Valby\n"), events, mapping, ReferenceEvents.NAMES));
		assertEquals("sagsbehandler", e.problems().get(0).column(), "the missing column is named as the export has it");
	}

	@Test
	void aMappingFileNamingNoColumnOfOursIsRefused() throws Exception {
		Path mapping = utf8("bad.properties", "sagsnr = Sagsnummer\n");
		CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(
				utf8("c.csv", "case_id,unit,caseworker\n"), utf8("e.csv", "case_id,event,at\n"), mapping, null));
		assertEquals("sagsnr", e.problems().get(0).column());
	}

	@Test
	void malformedFilesAreProblemsNotCrashes() throws Exception {
		Path events = utf8("e.csv", "case_id,event,at\n");
		for (String text : new String[] { "", "case_id,unit,caseworker\nS-1,\"Valby,AB\n", "\u0000\u0001\u0002" }) {
			CaseFileException e = assertThrows(CaseFileException.class,
					() -> CaseFiles.read(utf8("c.csv", text), events, null), text);
			assertFalse(e.problems().isEmpty());
			for (Problem p : e.problems()) {
				assertEquals("c.csv", p.file().getFileName().toString());
			}
		}
	}

	@Test
	void aCprNumberHiddenInTheEventValueIsFoundWithOrWithoutHyphen() throws Exception {
		Path cases = utf8("c.csv", "case_id,unit,caseworker\nS-1,Valby,AB\n");
		Path events = utf8("e.csv", "case_id,event,at,value\nS-1,opfoelgning,2018-05-01,\"mor (010190-1234) ringede\"\n"
				+ "S-1,opfoelgning,2018-05-02,mor0101901234\n");
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(cases, events, ReferenceEvents.NAMES));
		assertEquals(List.of(2, 3), e.problems().stream().map(Problem::row).toList());
		assertFalse(e.getMessage().contains("1234"));
		assertTrue(e.getMessage().contains("CPR-nummer"), "Danish by default: " + e.getMessage());
	}

	@Test
	void writtenBackAndReadAgainIsTheSame() throws Exception {
		Path xlsx = workbook("export.xlsx", "cases", "events",
				new Object[][] { { "case_id", "unit", "caseworker", "birth_date", "sibling_group", "flags" },
						{ 1001, "Valby", "AB", LocalDate.of(2011, 4, 2), "G-1", "korte_snor; sikkerhedsplan" },
						{ "S-2", "Amager, Øst", "sagt \"Å\"", null, null, null } },
				new Object[][] { { "case_id", "event", "at", "value" }, { 1001, "boernesamtale", LocalDate.of(2018, 3, 1), null },
						{ 1001, "opfoelgning", "2018-03-02 10:30", "to linjer\ni ét felt" },
						{ "S-2", "opfoelgningsrytme_besluttet", "2018-03-02T10:30:15", 6 } });
		List<Case> once = CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES);
		CaseFiles.write(once, folder.resolve("again"));
		List<Case> twice = CaseFiles.read(folder.resolve("again/cases.csv"), folder.resolve("again/events.csv"),
				ReferenceEvents.NAMES);
		assertEquals(Records.of(once), Records.of(twice));
		assertTrue(EcoreUtil.equals(once, twice), "every feature of every case and event");
		assertEquals(5, Records.of(twice).size(), "two cases, three events");
	}
}
