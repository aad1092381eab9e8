package dk.tilsyn.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.model.CaseEvent;

/** How the time of an event is read: local Danish time, as docs/CASE-DATA.md says. */
class EventTimesTest {
	@TempDir
	Path folder;

	private List<CaseEvent> read(String... ats) throws Exception {
		return CaseFiles.read(cases(), events(ats), ReferenceEvents.NAMES).get(0).getEvents();
	}

	private Path cases() throws Exception {
		return Files.writeString(folder.resolve("cases.csv"), "case_id,unit,caseworker,birth_date\nK-1,Valby,AB,2010-05-17 00:00\n",
				StandardCharsets.UTF_8);
	}

	private Path events(String... ats) throws Exception {
		StringBuilder text = new StringBuilder("case_id;event;at\n");
		for (String at : ats) {
			text.append("K-1;opfoelgning;").append(at).append('\n');
		}
		return Files.writeString(folder.resolve("events.csv"), text, StandardCharsets.UTF_8);
	}

	@Test
	void excelsUsualFormWithASpaceAndWithOrWithoutSecondsIsRead() throws Exception {
		List<CaseEvent> events = read("2018-07-01 10:00", "2018-07-01 10:00:30", "2018-07-02T11:15:05", "2018-07-03");
		assertEquals(LocalDate.of(2018, 7, 1), events.get(0).getDate());
		assertEquals(LocalTime.of(10, 0), events.get(0).getTime());
		assertEquals(LocalTime.of(10, 0, 30), events.get(1).getTime());
		assertEquals(LocalTime.of(11, 15, 5), events.get(2).getTime());
		assertNull(events.get(3).getTime());
	}

	@Test
	void aTimeThatDoesNotExistOrOccursTwiceInDanishTimeIsRefusedWithItsRow() throws Exception {
		// 2018-03-25 the clocks went from 02:00 to 03:00; 2018-10-28 from 03:00 back to 02:00
		CaseFileException e = assertThrows(CaseFileException.class,
				() -> read("2018-03-25T02:30", "2018-10-28T02:30", "2018-03-25 02:00", "2018-10-28 02:59:59",
						"2018-03-25T01:59", "2018-03-25T03:00", "2018-10-28T01:59", "2018-10-28T03:00"));
		assertEquals(List.of("events.csv:2:at", "events.csv:3:at", "events.csv:4:at", "events.csv:5:at"),
				e.problems().stream().map(p -> p.file().getFileName() + ":" + p.row() + ":" + p.column()).toList());
		assertTrue(e.problems().get(0).message().contains("sommertid"), e.problems().get(0).message());
		assertTrue(e.problems().get(1).message().contains("to gange"), e.problems().get(1).message());
	}

	@Test
	void theOrdinaryHoursOfTheDaysTheClocksChangeAreRead() throws Exception {
		List<CaseEvent> events = read("2018-03-25T01:59", "2018-03-25T03:00", "2018-10-28T01:59", "2018-10-28T03:00");
		assertEquals(List.of(LocalTime.of(1, 59), LocalTime.of(3, 0), LocalTime.of(1, 59), LocalTime.of(3, 0)),
				events.stream().map(CaseEvent::getTime).toList());
	}

	@Test
	void aTimeWithItsOffsetIsReadAsDanishTime() throws Exception {
		List<CaseEvent> events = read("2018-10-28T02:30+02:00", "2018-10-28T02:30+01:00", "2018-03-25T01:30Z",
				"2018-07-01 08:00+02:00");
		assertEquals(List.of(LocalTime.of(2, 30), LocalTime.of(2, 30), LocalTime.of(3, 30), LocalTime.of(8, 0)),
				events.stream().map(CaseEvent::getTime).toList());
		assertEquals(LocalDate.of(2018, 3, 25), events.get(2).getDate());
	}

	@Test
	void aTimeInTheHourThatOccursTwiceIsWrittenSoThatItIsReadBackTheSame() throws Exception {
		List<dk.tilsyn.model.Case> once = CaseFiles.read(cases(), events("2018-10-28T02:30+01:00", "2018-10-28 02:15+02:00",
				"2018-10-28T03:00", "2018-07-01 10:00:30"), ReferenceEvents.NAMES);
		Path out = folder.resolve("out");
		CaseFiles.write(once, out);
		List<dk.tilsyn.model.Case> twice = CaseFiles.read(out.resolve("cases.csv"), out.resolve("events.csv"),
				ReferenceEvents.NAMES);
		assertEquals(Records.of(once), Records.of(twice));
	}
}
