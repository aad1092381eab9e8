package dk.tilsyn.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.EventDeclaration;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.Case;

class CaseFilesTest {
	private static final List<EventDeclaration> EVENTS = ReferenceEvents.named("underretning_modtaget",
			"underretning_vurderet");

	@TempDir
	Path folder;

	private Path write(String name, String text, Charset charset, boolean bom) throws Exception {
		Path file = folder.resolve(name);
		byte[] body = text.getBytes(charset);
		byte[] bytes = body;
		if (bom) {
			bytes = new byte[body.length + 3];
			bytes[0] = (byte) 0xef;
			bytes[1] = (byte) 0xbb;
			bytes[2] = (byte) 0xbf;
			System.arraycopy(body, 0, bytes, 3, body.length);
		}
		Files.write(file, bytes);
		return file;
	}

	private Path utf8(String name, String text) throws Exception {
		return write(name, text, StandardCharsets.UTF_8, false);
	}

	@Test
	void aDanishExcelExportIsRead() throws Exception {
		Path cases = write("cases.csv", "Case_ID;Unit;Caseworker;birth_date;flags\r\n"
				+ "S-1;Nørrebro;AB;2010-05-17;sikkerhedsplan;\r\n" + "\"S-2\";\"Amager; Øst\";CD;;\r\n",
				Charset.forName("windows-1252"), false);
		Path events = write("events.csv", "case_id;event;at;value\r\nS-1;underretning_modtaget;2017-03-03T16:40;\r\n"
				+ "S-1;underretning_vurderet;2017-03-06;\r\n", StandardCharsets.UTF_8, true);
		List<Case> read = CaseFiles.read(cases, events, EVENTS);
		assertEquals(2, read.size());
		assertEquals("Nørrebro", read.get(0).getUnit());
		assertEquals(LocalDate.of(2010, 5, 17), read.get(0).getBirthDate());
		assertEquals(List.of("sikkerhedsplan"), read.get(0).getFlags());
		assertEquals("Amager; Øst", read.get(1).getUnit());
		assertNull(read.get(1).getBirthDate());
		assertEquals(LocalTime.of(16, 40), read.get(0).getEvents().get(0).getTime());
		assertNull(read.get(0).getEvents().get(1).getTime(), "a date-only event has no time of day");
	}

	@Test
	void whatIsWrittenIsReadBackTheSame() throws Exception {
		List<Case> read = CaseFiles.read(utf8("c.csv", "case_id,unit,caseworker,birth_date,sibling_group,flags\n"
				+ "S-1,\"Indre By, Syd\",AB,2010-05-17,G-7,korte_snor;sikkerhedsplan\n" + "S-2,Valby,\"sagt \"\"Å\"\"\",,,\n"),
				utf8("e.csv", "case_id,event,at,value\nS-1,underretning_modtaget,2018-01-02T08:05,\"to linjer\ni ét felt\"\n"
						+ "S-1,underretning_vurderet,2018-01-03,\n" + "S-2,underretning_vurderet,2018-01-04 09:10:11,x\n"),
				EVENTS);
		Path out = folder.resolve("out");
		CaseFiles.write(read, out);
		List<Case> again = CaseFiles.read(out.resolve("cases.csv"), out.resolve("events.csv"), EVENTS);
		assertEquals(Records.of(read), Records.of(again));
		assertTrue(EcoreUtil.equals(read, again), "every feature of every case and event");
	}

	@Test
	void anErrorInTheCasesFileDoesNotHideTheEventsFilesOwnErrors() throws Exception {
		Path cases = utf8("cases.csv", "case_id,unit,caseworker\nS-1,,AB\nS-2,A,AB\n");
		Path events = utf8("events.csv", "case_id,event,at\nS-1,ukendt,2017-03-03\nS-1,underretning_vurderet,i går\n"
				+ "S-1,underretning_vurderet,2017-03-03\nS-2,ukendt,i går\nS-9,ukendt,i går\n");
		CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(cases, events, EVENTS));
		List<String> where = e.problems().stream().map(p -> p.file().getFileName() + ":" + p.row() + ":" + p.column())
				.toList();
		// S-1 is in the cases file, with an error: its events are not "for an unknown case"
		assertEquals(List.of("cases.csv:2:unit", "events.csv:2:event", "events.csv:3:at", "events.csv:5:event",
				"events.csv:5:at", "events.csv:6:case_id", "events.csv:6:event", "events.csv:6:at"), where);
	}

	@Test
	void everyProblemIsReportedWithRowAndColumnAndNothingIsRead() throws Exception {
		Path cases = utf8("cases.csv", "case_id,unit,caseworker,birth_date\nS-1,A,AB,2010-13-01\nS-1,A,AB,\nS-3,,AB,\n");
		Path events = utf8("events.csv",
				"case_id,event,at\nS-1,underretning_modtaget,2017-03-03 16.40\nS-9,underretning_modtaget,2017-03-03\n"
						+ "S-1,ukendt,2017-03-03\n");
		CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(cases, events, EVENTS));
		List<String> where = e.problems().stream().map(p -> p.file().getFileName() + ":" + p.row() + ":" + p.column())
				.toList();
		assertEquals(List.of("cases.csv:2:birth_date", "cases.csv:3:case_id", "cases.csv:4:unit", "events.csv:2:at",
				"events.csv:3:case_id", "events.csv:4:event"), where);
	}

	@Test
	void aMissingRequiredColumnIsNamed() throws Exception {
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(utf8("c.csv", "case_id,unit\nS-1,A\n"), utf8("e.csv", "case_id,event,at\n"), EVENTS));
		Problem problem = e.problems().get(0);
		assertEquals(1, problem.row());
		assertEquals("caseworker", problem.column());
	}

	@Test
	void aCprNumberInAFreeTextColumnRefusesTheFileWithoutEchoingIt() throws Exception {
		Path cases = utf8("cases.csv", "case_id,unit,caseworker,sibling_group\nS-1,A,AB,\"se 241290-1234\"\n");
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(cases, utf8("e.csv", "case_id,event,at\n"), EVENTS));
		assertEquals(1, e.problems().size());
		assertEquals("sibling_group", e.problems().get(0).column());
		assertEquals(2, e.problems().get(0).row());
		assertFalse(e.getMessage().contains("241290"), "the number is never echoed");
	}

	@Test
	void tenDigitsThatAreNoDateAreNotACprNumber() throws Exception {
		List<Case> read = CaseFiles.read(utf8("c.csv", "case_id,unit,caseworker\n9999991234,A,AB\n"),
				utf8("e.csv", "case_id,event,at\n"), EVENTS);
		assertEquals("9999991234", read.get(0).getId());
	}

	@Test
	void aMissingFileIsAProblemNotACrash() {
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> CaseFiles.read(folder.resolve("nope.csv"), folder.resolve("nope2.csv"), null));
		assertEquals(2, e.problems().size());
		assertTrue(e.problems().get(0).toString().startsWith("nope.csv:0: "));
	}
}
