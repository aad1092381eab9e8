package dk.tilsyn.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;

/**
 * A workbook is a ZIP: a small file can unpack to gigabytes (a zip bomb). The importer refuses
 * a workbook that unpacks to more than its limit, or a sheet with more rows, before reading it
 * into memory. The limits are lowered here so that small files exceed them.
 */
class ImportLimitsTest {
	private static final CaseFiles.Limits SMALL = new CaseFiles.Limits(200_000, 100, 1_000);

	@TempDir
	Path folder;

	/** A workbook whose events sheet has {@code events} rows of the same text: it compresses very well. */
	private Path workbook(int events) throws Exception {
		Path file = folder.resolve("export.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "tilsyn-test", "1.0");
			Worksheet cases = wb.newWorksheet("cases");
			cases.value(0, 0, "case_id");
			cases.value(0, 1, "unit");
			cases.value(0, 2, "caseworker");
			cases.value(1, 0, "K-1");
			cases.value(1, 1, "Valby");
			cases.value(1, 2, "AB");
			Worksheet sheet = wb.newWorksheet("events");
			sheet.value(0, 0, "case_id");
			sheet.value(0, 1, "event");
			sheet.value(0, 2, "at");
			for (int r = 1; r <= events; r++) {
				sheet.value(r, 0, "K-1");
				sheet.value(r, 1, "opfoelgning");
				sheet.value(r, 2, "2018-03-01");
			}
			wb.finish();
		}
		return file;
	}

	@Test
	void aWorkbookWithinTheLimitsIsRead() throws Exception {
		assertEquals(99, CaseFiles.read(workbook(99), null, null, ReferenceEvents.NAMES, SMALL).get(0).getEvents().size());
	}

	@Test
	void aWorkbookThatUnpacksToMoreThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
		Path xlsx = workbook(5_000);
		assertTrue(Files.size(xlsx) < 60_000, "small on disk: " + Files.size(xlsx));
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES, new CaseFiles.Limits(200_000, 1_000_000, 1_000_000)));
		assertEquals(1, e.problems().size(), e.getMessage());
		Problem problem = e.problems().get(0);
		assertEquals("export.xlsx", problem.file().getFileName().toString());
		assertTrue(problem.message().contains("200000"), problem.message());
	}

	@Test
	void anEntryThatLiesAboutItsSizeIsCaughtWhileUnpacking() throws Exception {
		// the central directory says the sheet unpacks to 100 bytes; it unpacks to 512 KB
		Path zip = folder.resolve("bomb.xlsx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[64 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 8; i++) {
				out.write(spaces);
			}
			out.closeEntry();
		}
		byte[] bytes = Files.readAllBytes(zip);
		byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.UTF_8);
		int patched = 0;
		for (int i = 0; i + 46 < bytes.length; i++) {
			boolean central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
			if (central && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
				bytes[i + 24] = 100; // uncompressed size, little-endian
				bytes[i + 25] = 0;
				bytes[i + 26] = 0;
				bytes[i + 27] = 0;
				patched++;
			}
		}
		assertEquals(1, patched);
		Files.write(zip, bytes);
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(zip, null, null, ReferenceEvents.NAMES, SMALL));
		assertEquals(1, e.problems().size(), e.getMessage());
		assertTrue(e.problems().get(0).message().contains("200000"), e.getMessage());
	}

	@Test
	void aSheetWithMoreRowsThanTheLimitIsRefusedNamingTheSheetAndRow() throws Exception {
		Path xlsx = workbook(150);
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(xlsx, null, null, ReferenceEvents.NAMES, SMALL));
		assertEquals(1, e.problems().size(), e.getMessage());
		Problem problem = e.problems().get(0);
		assertEquals("events", problem.sheet());
		assertEquals(101, problem.row());
		assertTrue(problem.message().contains("100"), problem.message());
	}

	@Test
	void aCsvFileLargerThanTheLimitIsRefused() throws Exception {
		Path cases = Files.writeString(folder.resolve("c.csv"), "case_id,unit,caseworker\nK-1,Valby,AB\n");
		Path events = Files.writeString(folder.resolve("e.csv"),
				"case_id,event,at\n" + "K-1,opfoelgning,2018-03-01\n".repeat(10_000));
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(cases, events, null, ReferenceEvents.NAMES, SMALL));
		assertEquals(1, e.problems().size(), e.getMessage());
		assertEquals("e.csv", e.problems().get(0).file().getFileName().toString());
	}

	@Test
	void aSheetWithAValueFarToTheRightOnEveryRowIsRefusedByTheLimitOfValues() throws Exception {
		// few bytes, few rows, but every row 16,000 cells wide once read
		Path file = folder.resolve("wide.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "tilsyn-test", "1.0");
			Worksheet cases = wb.newWorksheet("cases");
			cases.value(0, 0, "case_id");
			cases.value(0, 1, "unit");
			cases.value(0, 2, "caseworker");
			for (int r = 1; r <= 50; r++) {
				cases.value(r, 0, "K-" + r);
				cases.value(r, 1, "Valby");
				cases.value(r, 2, "AB");
				cases.value(r, 16_000, "x");
			}
			Worksheet events = wb.newWorksheet("events");
			events.value(0, 0, "case_id");
			events.value(0, 1, "event");
			events.value(0, 2, "at");
			wb.finish();
		}
		CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(file, null, null,
				ReferenceEvents.NAMES, new CaseFiles.Limits(10_000_000, 1_000_000, 100_000)));
		assertEquals(1, e.problems().size(), e.getMessage());
		Problem problem = e.problems().get(0);
		assertEquals("cases", problem.sheet());
		assertEquals(8, problem.row(), "the header and 6 rows are 96,009 values, with row 8 they are 112,010");
		assertTrue(problem.message().contains("100000"), problem.message());
	}

	@Test
	void aCsvFileWithMoreValuesThanTheLimitIsRefused() throws Exception {
		Path cases = Files.writeString(folder.resolve("c.csv"), "case_id,unit,caseworker\nK-1,Valby,AB\n");
		Path events = Files.writeString(folder.resolve("e.csv"),
				"case_id,event,at\n" + "K-1,opfoelgning,2018-03-01\n".repeat(400));
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(cases, events, null, ReferenceEvents.NAMES, SMALL));
		assertEquals(1, e.problems().size(), e.getMessage());
		assertEquals("e.csv", e.problems().get(0).file().getFileName().toString());
		assertEquals(332, e.problems().get(0).row(), "6 values in c.csv, then 3 a row: row 332 makes 1,002");
	}
}
