package dk.tilsyn.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.tilsyn.cli.internal.Cli;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.model.Case;
import dk.tilsyn.population.SyntheticPopulation;

/**
 * {@code tilsyn import --concept kk2018}: the events, their values and precision are those the
 * concept and its library lovgrundlag.tilsyn declare, not a list of the importer's own.
 * Messages are Danish (the test runtime runs in Danish).
 */
class ImportEventsTest extends CommandLineTest {
	private static final String CASES = "case_id,unit,caseworker,birth_date,sibling_group,flags\n"
			+ "S-1,Valby,SB1,2010-05-01,,\nS-2,Amager,SB2,2012-01-01,,\n";

	/** Imports the events (a header line and rows) for two cases into a store of its own. */
	private Result importEvents(String events, String... more) throws IOException {
		Path cases = Files.writeString(tmp.resolve("cases.csv"), CASES, StandardCharsets.UTF_8);
		Path eventsFile = Files.writeString(tmp.resolve("events.csv"), events, StandardCharsets.UTF_8);
		List<String> args = new ArrayList<>(List.of("import", "--concept", "kk2018", "--cases", cases.toString(),
				"--events", eventsFile.toString(), "--store", "jdbc:h2:file:" + tmp.resolve("store")));
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	@Test
	void aChoiceTheConceptDoesNotDeclareIsRefusedWithRowAndColumn() throws IOException {
		Result r = importEvents("case_id,event,at,value\nS-1,foranstaltning_afgjort,2018-07-02,anbringelse\n"
				+ "S-2,foranstaltning_afgjort,2018-07-03,hjemmebesøg\n");
		assertEquals(Cli.INPUT_ERRORS, r.code(), r.err());
		assertTrue(r.err().contains("events.csv:3: value: 'hjemmebesøg' er ikke en værdi, konceptet erklærer for "
				+ "foranstaltning_afgjort; skriv en af: anbringelse, forebyggende"), r.err());
		assertTrue(r.err().contains("intet blev indlæst"), r.err());
	}

	@Test
	void aWordWhereTheConceptDeclaresANumberIsRefusedWithRowAndColumn() throws IOException {
		Result r = importEvents("case_id;event;at;value\nS-1;opfoelgningsrytme_besluttet;2018-07-02;seks\n");
		assertEquals(Cli.INPUT_ERRORS, r.code(), r.err());
		assertTrue(r.err().contains("events.csv:2: value: 'seks' er ikke et helt tal; konceptet giver "
				+ "opfoelgningsrytme_besluttet et tal som værdi (fx 6)"), r.err());
	}

	@Test
	void theDeclaredEventsWithTheirValuesAreImported() throws IOException {
		// afgoerelse is declared by lovgrundlag.tilsyn; the old importer's own list did not have it
		Result r = importEvents("case_id,event,at,value\nS-1,foranstaltning_afgjort,2018-07-02,anbringelse\n"
				+ "S-1,opfoelgningsrytme_besluttet,2018-07-02,6\n"
				+ "S-1,afgoerelse,2018-07-02,\"SEL § 52, stk. 3, nr. 7\"\n"
				+ "S-2,underretning_modtaget,2018-07-01T10:15,\n");
		assertEquals(Cli.OK, r.code(), r.err());
		assertTrue(r.err().contains("2 sager med 4 hændelser"), r.err());
	}

	@Test
	void aRowWithACprNumberIsRefusedWithoutShowingItsValueOrEvent() throws IOException {
		Result r = importEvents("case_id,event,at,value,note\n"
				+ "S-1,foranstaltning_afgjort,2018-07-02,hjemmebesøg,ring til 010190-1234\n");
		assertEquals(Cli.INPUT_ERRORS, r.code(), r.err());
		assertTrue(r.err().contains("events.csv:2: value: værdien er ikke en af dem, konceptet erklærer for denne "
				+ "hændelse; skriv en af: anbringelse, forebyggende"), r.err());
		for (String shown : List.of("hjemmebesøg", "010190", "foranstaltning_afgjort")) {
			assertFalse(r.err().contains(shown), r.err());
		}
	}

	@Test
	void theDemosFilesImportCleanly() {
		Path demo = tmp.resolve("demo");
		Result made = run("demo", "--cases", "50", "--out", demo.toString());
		assertEquals(Cli.OK, made.code(), made.err());
		Result r = run("import", "--concept", "kk2018", "--cases", demo.resolve("cases.csv").toString(), "--events",
				demo.resolve("events.csv").toString(), "--store", "jdbc:h2:file:" + tmp.resolve("store"));
		assertEquals(Cli.OK, r.code(), r.err());
		assertTrue(r.err().contains("50 nye sager"), r.err());
	}

	/** Every value the synthetic populations write is one the reference concept declares. */
	@Test
	void everySyntheticPopulationImportsCleanly() {
		SyntheticPopulation population = new SyntheticPopulation(11);
		LocalDate from = LocalDate.of(2018, 7, 1);
		LocalDate to = LocalDate.of(2018, 9, 30);
		Map<String, List<Case>> populations = new LinkedHashMap<>();
		populations.put("cases", population.cases(300, from, to));
		populations.put("samplingCases", population.samplingCases(300, from, to));
		populations.put("referenceCases", population.referenceCases(300, from, LocalDate.of(2024, 12, 31)));
		populations.put("casesWithCourse", population.casesWithCourse(300, from, to));
		populations.forEach((name, cases) -> {
			Path folder = tmp.resolve(name);
			CaseFiles.write(cases, folder);
			Result r = run("import", "--concept", "kk2018", "--cases", folder.resolve("cases.csv").toString(),
					"--events", folder.resolve("events.csv").toString(), "--store",
					"jdbc:h2:file:" + folder.resolve("store"));
			assertEquals(Cli.OK, r.code(), name + ": " + r.err());
			assertTrue(r.err().contains(cases.size() + " nye sager"), name + ": " + r.err());
		});
	}

	@Test
	void sampleAndCheckDeadlinesReadTheCaseFilesAsImportDoes() throws IOException {
		Path cases = Files.writeString(tmp.resolve("cases.csv"), CASES, StandardCharsets.UTF_8);
		Path events = Files.writeString(tmp.resolve("events.csv"),
				"case_id,event,at,value\nS-1,foranstaltning_afgjort,2018-07-02,hjemmebesøg\n", StandardCharsets.UTF_8);
		Result sample = run("sample", "--concept", "kk2018", "--model", "model1", "--round", "R", "--from",
				"2018-07-01", "--to", "2018-09-30", "--seed", "s", "--cases", cases.toString(), "--events",
				events.toString());
		assertEquals(Cli.INPUT_ERRORS, sample.code(), sample.err());
		assertTrue(sample.err().contains("events.csv:2: value: 'hjemmebesøg'"), sample.err());
		Result deadlines = run("check-deadlines", "--concept", "kk2018", "--cases", cases.toString(), "--events",
				events.toString(), "--as-of", "2019-01-01");
		assertEquals(Cli.INPUT_ERRORS, deadlines.code(), deadlines.err());
		assertTrue(deadlines.err().contains("events.csv:2: value: 'hjemmebesøg'"), deadlines.err());
	}
}
