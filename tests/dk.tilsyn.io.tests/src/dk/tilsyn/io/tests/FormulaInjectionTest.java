package dk.tilsyn.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.csv.CsvFields;

/**
 * Text from imported data that a spreadsheet would take for a formula is written so that it
 * shows as text (OWASP, CSV injection): a single quote in front, the field quoted. Numbers the
 * product computed stay numbers.
 */
class FormulaInjectionTest {
	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { //
			"=1+1|\"'=1+1\"", //
			"+45 Valby|\"'+45 Valby\"", //
			"-2+3|\"'-2+3\"", //
			"@SUM(A1:A9)|\"'@SUM(A1:A9)\"", //
			"=HYPERLINK(\"http://x\";\"klik\")|\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"", //
			"-1,5|\"'-1,5\"", //
			"Valby|Valby", //
			"a=b|a=b", //
			"'=1|\"''=1\"", //
			"Amager, Øst|\"Amager, Øst\"" })
	void importedTextThatASpreadsheetWouldCalculateIsWrittenAsText(String value, String written) {
		assertEquals(written, CsvFields.text(value));
	}

	@Test
	void aTabOrCarriageReturnInFrontIsNeutralisedToo() {
		assertEquals("\"'\tx\"", CsvFields.text("\tx"));
		assertEquals("\"'\rx\"", CsvFields.text("\rx"));
		assertEquals("\"a\rb\"", CsvFields.text("a\rb"), "a CR is quoted like a line feed");
		assertEquals("", CsvFields.text(null));
	}

	@Test
	void aNumberTheProductComputedStaysANumber() {
		assertEquals("-0.25", CsvFields.value(-0.25), "a negative kappa");
		assertEquals("-3", CsvFields.value(-3), "a negative change");
		assertEquals("-12.5", CsvFields.value("-12.5"));
		assertEquals("2018-07-01", CsvFields.value(java.time.LocalDate.of(2018, 7, 1)));
		assertEquals("", CsvFields.value(null));
		assertEquals("x,-1,\"'-1\"\n", CsvFields.line("x", CsvFields.value(-1), CsvFields.text("-1")));
	}

	@Test
	void caseFilesWriteImportedTextAsTextAndReadItBackUnchanged() throws Exception {
		Path cases = Files.writeString(folder.resolve("c.csv"),
				"case_id,unit,caseworker,birth_date,sibling_group,flags\n"
						+ "\"=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",+45 Valby,@AB,2010-05-17,-1,korte_snor\n"
						+ "-7,Valby,=cmd|' /C calc'!A0,,,\n",
				StandardCharsets.UTF_8);
		Path events = Files.writeString(folder.resolve("e.csv"),
				"case_id,event,at,value\n\"=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",opfoelgning,2018-03-01,-2+3\n"
						+ "-7,@opfoelgning,2018-03-02T10:30,=1+1\n",
				StandardCharsets.UTF_8);
		List<Case> read = CaseFiles.read(cases, events, null);
		Path out = folder.resolve("out");
		CaseFiles.write(read, out);
		String casesCsv = Files.readString(out.resolve("cases.csv"));
		String eventsCsv = Files.readString(out.resolve("events.csv"));
		assertTrue(casesCsv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",\"'+45 Valby\",\"'@AB\",2010-05-17,\"'-1\","),
				casesCsv);
		assertTrue(casesCsv.contains("\n\"'-7\",Valby,\"'=cmd|' /C calc'!A0\","), casesCsv);
		assertTrue(eventsCsv.contains("\n\"'-7\",\"'@opfoelgning\",2018-03-02T10:30,\"'=1+1\"\n"), eventsCsv);
		for (String line : (casesCsv + eventsCsv).split("\n")) {
			assertFalse(line.matches("[=+\\-@].*"), line);
		}
		List<Case> again = CaseFiles.read(out.resolve("cases.csv"), out.resolve("events.csv"), null);
		assertEquals(Records.of(read), Records.of(again));
		assertTrue(EcoreUtil.equals(read, again));
		assertEquals("=HYPERLINK(\"http://x\",\"klik\")", again.get(0).getId());
	}
}
