package dk.tilsyn.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.EventDeclaration;
import dk.tilsyn.io.EventDeclaration.Precision;
import dk.tilsyn.io.EventDeclaration.ValueKind;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;

/**
 * The events table against the events the concept declares: their values (a choice's options, a
 * whole number, any text, none) and their precision. Messages are Danish (the test runtime's
 * language); the English ones are read from the bundle's English message file.
 */
class EventDeclarationsTest {
	/** As lovgrundlag.tilsyn declares them. */
	private static final List<EventDeclaration> DECLARED = List.of(
			new EventDeclaration("underretning_modtaget", Precision.DATE_TIME, false, ValueKind.NONE, List.of()),
			new EventDeclaration("kvittering_sendt", Precision.DATE, false, ValueKind.NONE, List.of()),
			new EventDeclaration("foranstaltning_afgjort", Precision.DATE, false, ValueKind.CHOICE,
					List.of("anbringelse", "forebyggende")),
			new EventDeclaration("opfoelgningsrytme_besluttet", Precision.DATE, false, ValueKind.NUMBER, List.of()),
			new EventDeclaration("afgoerelse", Precision.DATE, false, ValueKind.TEXT, List.of()));

	@TempDir
	Path folder;

	private List<Case> read(String events) throws Exception {
		Path cases = Files.writeString(folder.resolve("cases.csv"), "case_id,unit,caseworker\nS-1,Valby,SB1\n",
				StandardCharsets.UTF_8);
		return CaseFiles.read(cases, Files.writeString(folder.resolve("events.csv"), events, StandardCharsets.UTF_8),
				DECLARED);
	}

	private List<Problem> problems(String events) {
		return assertThrows(CaseFileException.class, () -> read(events)).problems();
	}

	@Test
	void aChoiceTheConceptDoesNotDeclareIsRefusedWithRowAndColumn() {
		List<Problem> problems = problems("case_id,event,at,value\nS-1,foranstaltning_afgjort,2018-07-02,anbringelse\n"
				+ "S-1,foranstaltning_afgjort,2018-07-03,hjemmebesøg\n");
		assertEquals(1, problems.size(), problems.toString());
		assertEquals("events.csv:3: value: 'hjemmebesøg' er ikke en værdi, konceptet erklærer for "
				+ "foranstaltning_afgjort; skriv en af: anbringelse, forebyggende", problems.get(0).toString());
	}

	@Test
	void aChoiceIsWrittenExactlyAsDeclared() {
		List<Problem> problems = problems("case_id,event,at,value\nS-1,foranstaltning_afgjort,2018-07-02,Anbringelse\n");
		assertEquals(List.of("events.csv:2:value"), where(problems));
	}

	@Test
	void aWordForANumberIsRefusedWithRowAndColumn() {
		List<Problem> problems = problems("case_id;event;at;value\nS-1;opfoelgningsrytme_besluttet;2018-07-02;6\n"
				+ "S-1;opfoelgningsrytme_besluttet;2018-07-03;seks\nS-1;opfoelgningsrytme_besluttet;2018-07-04;6,5\n");
		assertEquals(List.of("events.csv:3:value", "events.csv:4:value"), where(problems));
		assertEquals("events.csv:3: value: 'seks' er ikke et helt tal; konceptet giver opfoelgningsrytme_besluttet "
				+ "et tal som værdi (fx 6)", problems.get(0).toString());
	}

	@Test
	void aValueForAnEventThatDeclaresNoneIsRefused() {
		List<Problem> problems = problems("case_id,event,at,value\nS-1,kvittering_sendt,2018-07-02,sendt pr. mail\n");
		assertEquals("events.csv:2: value: konceptet erklærer ingen værdi for kvittering_sendt; lad værdien "
				+ "('sendt pr. mail') være tom", problems.get(0).toString());
	}

	@Test
	void theDeclaredValuesAreReadAndAnEmptyValueFitsEveryEvent() throws Exception {
		List<Case> read = read("case_id,event,at,value\nS-1,foranstaltning_afgjort,2018-07-02,forebyggende\n"
				+ "S-1,opfoelgningsrytme_besluttet,2018-07-02,12\nS-1,afgoerelse,2018-07-02,\"SEL § 52, stk. 3, nr. 3\"\n"
				+ "S-1,foranstaltning_afgjort,2018-07-05,\nS-1,kvittering_sendt,2018-07-06,\n");
		assertEquals(List.of("forebyggende", "12", "SEL § 52, stk. 3, nr. 3", "null", "null"),
				read.get(0).getEvents().stream().map(e -> String.valueOf(e.getValue())).toList());
	}

	@Test
	void anEventTheConceptCountsInDaysKeepsNoTimeOfDay() throws Exception {
		// 02:30 that night does not exist in Danish time: for an event counted in days it does not matter
		List<CaseEvent> events = read("case_id,event,at\nS-1,kvittering_sendt,2018-03-25T02:30\n"
				+ "S-1,kvittering_sendt,2018-07-01T23:30-02:00\nS-1,underretning_modtaget,2018-07-02T10:15\n")
				.get(0).getEvents();
		assertEquals(LocalDate.of(2018, 3, 25), events.get(0).getDate());
		assertNull(events.get(0).getTime());
		assertEquals(LocalDate.of(2018, 7, 2), events.get(1).getDate(), "the offset is taken into Danish time first");
		assertNull(events.get(1).getTime());
		assertEquals(LocalTime.of(10, 15), events.get(2).getTime(), "an event counted to the minute keeps its time");
	}

	@Test
	void aRowWithACprNumberShowsNeitherItsValueNorItsEvent() {
		List<Problem> problems = problems("case_id,event,at,value,note\n"
				+ "S-1,foranstaltning_afgjort,2018-07-02,hjemmebesøg,ring til 010190-1234\n");
		assertEquals(List.of("events.csv:2:note", "events.csv:2:value"), where(problems));
		String text = problems.get(1).toString();
		assertTrue(text.startsWith("events.csv:2: value: værdien er ikke en af dem, konceptet erklærer for denne "
				+ "hændelse; skriv en af: anbringelse, forebyggende"), text);
		for (String shown : List.of("hjemmebesøg", "010190", "foranstaltning_afgjort")) {
			assertFalse(problems.toString().contains(shown), problems.toString());
		}
	}

	@Test
	void anEventTheConceptDoesNotDeclareIsStillRefused() {
		assertEquals(List.of("events.csv:2:event"), where(problems("case_id,event,at\nS-1,hjemmebesoeg,2018-07-02\n")));
	}

	@Test
	void aChoiceWithoutOptionsIsNoDeclaration() {
		assertThrows(IllegalArgumentException.class,
				() -> new EventDeclaration("x", Precision.DATE, false, ValueKind.CHOICE, List.of()));
	}

	@Test
	void theRefusalsSpeakEnglishWithLangEn() throws IOException {
		Properties english = new Properties();
		try (InputStream in = CaseFiles.class.getResourceAsStream("/dk/tilsyn/io/internal/messages.properties")) {
			english.load(in);
		}
		assertEquals("'hjemmebesøg' is not a value the concept declares for foranstaltning_afgjort; write one of: "
				+ "anbringelse, forebyggende", MessageFormat.format(english.getProperty("undeclaredValue"),
						"hjemmebesøg", "foranstaltning_afgjort", "anbringelse, forebyggende"));
		assertEquals("'seks' is not a whole number; the concept gives opfoelgningsrytme_besluttet a number as its "
				+ "value (e.g. 6)", MessageFormat.format(english.getProperty("notANumber"), "seks", "opfoelgningsrytme_besluttet"));
		assertEquals("the value is not one the concept declares for this event; write one of: anbringelse, "
				+ "forebyggende", MessageFormat.format(english.getProperty("undeclaredValueNoValue"), "anbringelse, forebyggende"));
	}

	private static List<String> where(List<Problem> problems) {
		return problems.stream().map(p -> p.file().getFileName() + ":" + p.row() + ":" + p.column()).toList();
	}
}
