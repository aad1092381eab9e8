package dk.tilsyn.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.tilsyn.cli.internal.Cli;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.model.csv.CsvFields;
import dk.tilsyn.population.SyntheticPopulation;

/**
 * The command line as a user and an adversary call it (issue 11): output folders, usage
 * errors, control characters in messages. Messages are Danish, the default (the test runtime
 * runs in Danish).
 */
class CliTest extends CommandLineTest {
	private static final String CONCEPT = """
			koncept lille "Et lille koncept"
			sagstrin a "A" { spørgsmål q1 "Et spørgsmål?" }
			""";

	private Path conceptFolder() throws IOException {
		Path folder = Files.createDirectories(tmp.resolve("concept"));
		Files.writeString(folder.resolve("lille.tilsyn"), CONCEPT, StandardCharsets.UTF_8);
		return folder;
	}

	private Path population() {
		Path folder = tmp.resolve("population");
		CaseFiles.write(new SyntheticPopulation(7).cases(200, LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30)), folder);
		return folder;
	}

	private String[] sample(Path population, String... more) {
		List<String> args = new ArrayList<>(List.of("sample", "--concept", "kk2018", "--model", "model1", "--round",
				"2018Q3", "--from", "2018-07-01", "--to", "2018-09-30", "--seed", "7f3a", "--cases",
				population.resolve("cases.csv").toString(), "--events", population.resolve("events.csv").toString()));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	private static List<String> siblings(Path folder) throws IOException {
		try (Stream<Path> all = Files.list(folder.getParent())) {
			return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
		}
	}

	// --- 1. data loss: --out never deletes what the product did not write

	@Test
	void generateRefusesAFolderWithTheUsersFilesAndLeavesThemAlone() throws IOException {
		Path out = Files.createDirectories(tmp.resolve("mine"));
		Files.writeString(out.resolve("thesis.txt"), "four years of work");
		Result r = run("generate", conceptFolder().toString(), "--out", out.toString());
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertEquals("four years of work", Files.readString(out.resolve("thesis.txt")));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(1, files.count());
		}
		assertTrue(r.err().contains(out.toString()) && r.err().contains("ikke tom"), r.err());
		assertEquals(List.of(), siblings(out));
	}

	@Test
	void generateReplacesItsOwnEarlierOutput() throws IOException {
		Path concept = conceptFolder();
		Path out = tmp.resolve("plugin");
		assertEquals(Cli.OK, run("generate", concept.toString(), "--out", out.toString()).code());
		Path manifest = out.resolve("META-INF/MANIFEST.MF");
		assertTrue(Files.isRegularFile(manifest));
		Files.writeString(concept.resolve("lille.tilsyn"), CONCEPT.replace("Et spørgsmål?", "Et andet spørgsmål?"));
		Result again = run("generate", concept.toString(), "--out", out.toString());
		assertEquals(Cli.OK, again.code(), again.err());
		assertTrue(Files.readString(out.resolve("concept/lille.tilsyn")).contains("Et andet spørgsmål?"));
		assertTrue(Files.isRegularFile(manifest));
		assertEquals(List.of(), siblings(out));
	}

	@Test
	void generateRefusesItsOwnEarlierOutputWhenTheUserAddedAFile() throws IOException {
		Path concept = conceptFolder();
		Path out = tmp.resolve("plugin");
		assertEquals(Cli.OK, run("generate", concept.toString(), "--out", out.toString()).code());
		Files.writeString(out.resolve("notes.md"), "mine");
		Result again = run("generate", concept.toString(), "--out", out.toString());
		assertEquals(Cli.USAGE, again.code(), again.err());
		assertEquals("mine", Files.readString(out.resolve("notes.md")));
		assertTrue(Files.isRegularFile(out.resolve("META-INF/MANIFEST.MF")));
	}

	@Test
	void generateRefusesAFileAsTheOutputFolder() throws IOException {
		Path file = Files.writeString(tmp.resolve("plugin"), "a file");
		Result r = run("generate", conceptFolder().toString(), "--out", file.toString());
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertEquals("a file", Files.readString(file));
	}

	@Test
	void demoRefusesAFolderWithTheUsersFilesAndReplacesItsOwnOutput() throws IOException {
		Path out = Files.createDirectories(tmp.resolve("demo"));
		Files.writeString(out.resolve("cases.csv"), "the user's own cases");
		Result refused = run("demo", "--cases", "20", "--out", out.toString());
		assertEquals(Cli.USAGE, refused.code(), refused.err());
		assertEquals("the user's own cases", Files.readString(out.resolve("cases.csv")));

		Path fresh = tmp.resolve("fresh");
		Result first = run("demo", "--cases", "20", "--out", fresh.toString());
		assertEquals(Cli.OK, first.code(), first.err());
		assertTrue(Files.isRegularFile(fresh.resolve("compliance.csv")));
		Result second = run("demo", "--cases", "20", "--out", fresh.toString());
		assertEquals(Cli.OK, second.code(), second.err());
		assertTrue(Files.isRegularFile(fresh.resolve("compliance.csv")));
		assertTrue(second.out().contains(fresh.toString()), second.out());
		assertEquals(List.of(), siblings(fresh));
	}

	@Test
	void demoReplacesTheDefaultFolderAnEarlierVersionWroteButNotWithTheUsersFileInIt() throws IOException {
		Path old = Files.createDirectories(tmp.resolve("data/demo"));
		for (String file : List.of("cases.csv", "events.csv", "compliance.csv", "tilsyn.mv.db")) {
			Files.writeString(old.resolve(file), "from an earlier version");
		}
		Files.writeString(old.resolve("my-notes.txt"), "mine");
		Result refused = run("demo", "--cases", "5");
		assertEquals(Cli.USAGE, refused.code(), refused.err());
		assertTrue(refused.err().contains("my-notes.txt"), refused.err());
		assertEquals("mine", Files.readString(old.resolve("my-notes.txt")));

		Files.delete(old.resolve("my-notes.txt"));
		Result replaced = run("demo", "--cases", "5");
		assertEquals(Cli.OK, replaced.code(), replaced.err());
		assertTrue(Files.readString(old.resolve("cases.csv")).startsWith("case_id,"));
		assertTrue(Files.isRegularFile(old.resolve(".tilsyn-output")));
	}

	// --- 2. user mistakes are usage errors (exit 2) that name the path, not internal errors

	@Test
	void generateIntoAFolderNoOneMayWriteIsAUsageError() throws IOException {
		Result r = run("generate", conceptFolder().toString(), "--out", "/proc/tilsyn-plugin");
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains("/proc/tilsyn-plugin"), r.err());
	}

	@Test
	void generateBelowAFileSaysTheFileIsInTheWay() throws IOException {
		Path file = Files.writeString(tmp.resolve("afile"), "a file");
		Result r = run("generate", conceptFolder().toString(), "--out", file.resolve("plugin").toString());
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains(file + " står i vejen"), r.err());
		assertEquals("a file", Files.readString(file));
	}

	@Test
	void demoIntoAFolderNoOneMayWriteIsAUsageError() {
		Result r = run("demo", "--cases", "20", "--out", "/proc/tilsyn-demo");
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains("/proc/tilsyn-demo"), r.err());
	}

	@Test
	void exportOntoAFolderIsAUsageErrorAndTouchesNothing() throws IOException {
		Path concept = conceptFolder().resolve("lille.tilsyn");
		Path folder = Files.createDirectories(tmp.resolve("out"));
		Files.writeString(folder.resolve("keep.txt"), "keep");
		Result r = run("export", concept.toString(), "--out", folder.toString());
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains(folder.toString()), r.err());
		assertEquals("keep", Files.readString(folder.resolve("keep.txt")));
		assertFalse(Files.exists(tmp.resolve("out.tmp")));
	}

	@Test
	void exportDoesNotOverwriteItsOwnInput() throws IOException {
		Path concept = conceptFolder().resolve("lille.tilsyn");
		Result r = run("export", concept.toString(), "--out", concept.toString());
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertEquals(CONCEPT, Files.readString(concept));
	}

	@Test
	void exportDoesNotOverwriteAFileOfTheUsersButReplacesItsOwnEarlierExport() throws IOException {
		Path concept = conceptFolder().resolve("lille.tilsyn");
		Path notes = Files.writeString(tmp.resolve("noter.json"), "{\"mine\": true}");
		Result refused = run("export", concept.toString(), "--out", notes.toString());
		assertEquals(Cli.USAGE, refused.code(), refused.err());
		assertTrue(refused.err().contains("noter.json"), refused.err());
		assertEquals("{\"mine\": true}", Files.readString(notes));

		Path export = tmp.resolve("lille.json");
		assertEquals(Cli.OK, run("export", concept.toString(), "--out", export.toString()).code());
		Files.writeString(concept, CONCEPT.replace("Et spørgsmål?", "Et andet spørgsmål?"));
		Result again = run("export", concept.toString(), "--out", export.toString());
		assertEquals(Cli.OK, again.code(), again.err());
		assertTrue(Files.readString(export).contains("Et andet spørgsmål?"));
	}

	@Test
	void sampleDoesNotOverwriteAFileOfTheUsersAsAuditButReplacesItsOwnAudit() throws IOException {
		Path population = population();
		Path notes = Files.writeString(tmp.resolve("noter.txt"), "mine");
		Result refused = run(sample(population, "--audit", notes.toString()));
		assertEquals(Cli.USAGE, refused.code(), refused.err());
		assertEquals("mine", Files.readString(notes));
		assertEquals("", refused.out());

		Path audit = tmp.resolve("audit.json");
		assertEquals(Cli.OK, run(sample(population, "--audit", audit.toString())).code());
		Result again = run(sample(population, "--audit", audit.toString()));
		assertEquals(Cli.OK, again.code(), again.err());
		assertTrue(Files.readString(audit).contains("\"sha256\""));
	}

	@Test
	void sampleWithTheRootFolderAsAuditFileIsAUsageError() {
		Result r = run(sample(population(), "--audit", "/"));
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains("'/'") || r.err().contains(" / "), r.err());
		assertEquals("", r.out());
	}

	// --- 3. an option without its value is a usage error naming the option

	@ParameterizedTest
	@CsvSource({ "--lang,validate x.tilsyn", "--lang,", "--out,generate concept", "--out,demo", "--cases,demo",
			"--seed,demo", "--concept,demo", "--out,export x.tilsyn", "--store,status", "--format,status",
			"--concept,import --cases c.csv", "--cases,import --concept kk2018", "--events,import --concept kk2018",
			"--mapping,import --concept kk2018", "--store,import --concept kk2018", "--as-of,check-deadlines",
			"--format,check-deadlines", "--concept,sample", "--model,sample", "--round,sample", "--from,sample",
			"--to,sample", "--seed,sample", "--cases,sample", "--events,sample", "--audit,sample",
			"--store,sample" })
	void anOptionWithoutItsValueIsAUsageError(String option, String before) {
		List<String> args = new ArrayList<>(before == null ? List.of() : List.of(before.split(" ")));
		args.add(option);
		Result r = run(args.toArray(String[]::new));
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains("Tilvalget " + option + " skal have en værdi"), r.err());
	}

	@Test
	void anOptionFollowedByAnotherOptionHasNoValue() {
		Result r = run("demo", "--out", "--cases", "3");
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains("Tilvalget --out skal have en værdi"), r.err());
		assertFalse(Files.exists(Path.of("--cases")));
	}

	@Test
	void anOptionGivenTwiceIsNamed() {
		Result r = run("status", "--format", "csv", "--format", "json");
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains("--format") && r.err().contains("to gange"), r.err());
	}

	// --- 4. every output is checked before anything is stored

	@Test
	void sampleChecksTheAuditFileBeforeStoringTheRound() throws IOException {
		Path population = population();
		String store = "jdbc:h2:file:" + tmp.resolve("rounds");
		Result refused = run(sample(population, "--store", store, "--audit", tmp.resolve("no/such/folder/audit.json").toString()));
		assertEquals(Cli.USAGE, refused.code(), refused.err());
		assertTrue(refused.err().contains("no/such/folder"), refused.err());
		assertEquals("", refused.out());
		Path audit = tmp.resolve("audit.json");
		Result again = run(sample(population, "--store", store, "--audit", audit.toString()));
		assertEquals(Cli.OK, again.code(), again.err());
		assertTrue(Files.readString(audit).contains("\"sha256\""));
	}

	// --- 5. the language server refuses input that is not LSP, in one line

	@Test
	void lspWithGarbageOnStdinSaysSoAndExitsOne() {
		InputStream stdin = System.in;
		PrintStream stdout = System.out;
		try {
			System.setIn(new ByteArrayInputStream("this is not LSP\nat all\n".getBytes(StandardCharsets.UTF_8)));
			Result r = run("lsp");
			assertEquals(Cli.INPUT_ERRORS, r.code(), r.err());
			assertEquals(1, r.err().lines().count(), r.err());
			assertTrue(r.err().contains("Content-Length"), r.err());
		} finally {
			System.setIn(stdin);
			System.setOut(stdout);
		}
	}

	@Test
	void lspWithAFramedMessageThatIsNotJsonSaysSo() {
		InputStream stdin = System.in;
		PrintStream stdout = System.out;
		try {
			System.setIn(new ByteArrayInputStream("Content-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.UTF_8)));
			Result r = run("lsp");
			assertEquals(Cli.INPUT_ERRORS, r.code(), r.err());
			assertEquals(1, r.err().lines().count(), r.err());
		} finally {
			System.setIn(stdin);
			System.setOut(stdout);
		}
	}

	@Test
	void lspStillServesAWellFramedSession() throws InterruptedException {
		InputStream stdin = System.in;
		PrintStream stdout = System.out;
		String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
				+ "\"rootUri\":\"" + tmp.toUri() + "\",\"capabilities\":{}}}";
		byte[] json = body.getBytes(StandardCharsets.UTF_8);
		CountDownLatch answered = new CountDownLatch(1);
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public synchronized void write(byte[] b, int off, int len) {
				super.write(b, off, len);
				if (toString(StandardCharsets.UTF_8).contains("\"capabilities\"")) {
					answered.countDown();
				}
			}
		};
		// the client stays connected until the server has answered, then goes away
		InputStream client = new SequenceInputStream(
				new ByteArrayInputStream(("Content-Length: " + json.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8)),
				new InputStream() {
					@Override
					public int read() throws IOException {
						try {
							answered.await(60, TimeUnit.SECONDS);
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						return -1;
					}
				});
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try {
			System.setIn(client);
			int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] { "lsp" });
			assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
			assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"capabilities\""), out.toString(StandardCharsets.UTF_8));
			assertEquals("", err.toString(StandardCharsets.UTF_8));
		} finally {
			System.setIn(stdin);
			System.setOut(stdout);
		}
	}

	@Test
	void lspRefusesArguments() {
		Result r = run("lsp", "extra");
		assertEquals(Cli.USAGE, r.code(), r.err());
	}

	@Test
	void aDeviceOrAFolderAsCaseFileIsNamedForWhatItIs() throws IOException {
		Result device = run("import", "--concept", "kk2018", "--cases", "/dev/null", "--events", "/dev/null");
		assertEquals(Cli.USAGE, device.code(), device.err());
		assertTrue(device.err().contains("'/dev/null' er ikke en almindelig fil"), device.err());
		Result folder = run(sample(population(), "--cases", tmp.toString()));
		assertEquals(Cli.USAGE, folder.code(), folder.err());
	}

	@Test
	void sampleSaysNothingWasDrawnWhenTheCaseFilesAreRefused() throws IOException {
		Path bad = Files.writeString(tmp.resolve("bad.csv"), "not,a,case,file\n");
		Result r = run("sample", "--concept", "kk2018", "--model", "model1", "--round", "R", "--from", "2018-07-01",
				"--to", "2018-09-30", "--cases", bad.toString(), "--events", bad.toString());
		assertEquals(Cli.INPUT_ERRORS, r.code(), r.err());
		assertTrue(r.err().contains("der er ikke udtrukket noget"), r.err());
	}

	@Test
	void aStratumOfOneUnitIsSingularInTheAuditText() throws IOException {
		Path folder = Files.createDirectories(tmp.resolve("few"));
		Files.writeString(folder.resolve("cases.csv"),
				"case_id,unit,caseworker,birth_date,sibling_group,flags\nK1,Valby,SB1,2010-05-01,,\nK2,Valby,SB2,2011-05-01,,\n");
		Files.writeString(folder.resolve("events.csv"), "case_id,event,at,value\n"
				+ "K1,underretning_modtaget,2018-07-03T10:00,\nK1,underretning_vurderet,2018-07-03T15:00,\n"
				+ "K2,underretning_modtaget,2018-08-03T10:00,\nK2,underretning_vurderet,2018-08-03T15:00,\n");
		Result r = run(sample(folder));
		assertEquals(Cli.OK, r.code(), r.err());
		assertTrue(r.err().contains("SB1: 1 enhed, k 1"), r.err());
		assertTrue(r.err().contains("Ramme: 2 enheder"), r.err());
		assertFalse(r.err().contains(" 1 enheder"), r.err());
	}

	// --- 6. control characters in names never reach the terminal raw

	@Test
	void aFileNameWithANewlineAndAnsiCodesIsEscaped() {
		String name = tmp.resolve("x\n\u001b[31mfake.tilsyn:1:1: error: forged").toString();
		Result r = run("validate", name);
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertFalse(r.err().contains("\u001b"), r.err());
		assertEquals(1, r.err().lines().count(), r.err());
		assertTrue(r.err().contains("x\\n\\u001b[31mfake"), r.err());
	}

	@Test
	void aDiagnosticOfAFileWithControlCharactersInItsNameIsOneLine() throws IOException {
		Path file = Files.writeString(tmp.resolve("a\rb\u001bc.tilsyn"), "koncept x \"X\"\nsagstrin a \"A\" {\n  spørgsmål q1 \"Et?\" hvis q9 = ja\n}\n");
		Result r = run("validate", file.toString());
		assertEquals(Cli.INPUT_ERRORS, r.code(), r.err());
		assertFalse(r.err().contains("\r") || r.err().contains("\u001b"), r.err());
		assertTrue(r.err().contains("a\\rb\\u001bc.tilsyn:3:"), r.err());
	}

	@Test
	void aRoundIdWithControlCharactersIsEscapedInMessages() {
		String[] args = sample(population(), "--store", "jdbc:h2:file:" + tmp.resolve("rounds"));
		args[6] = "R\u001b]0;owned\u0007\u009b";
		Result evil = run(args);
		assertEquals(Cli.OK, evil.code(), evil.err());
		assertFalse(evil.err().contains("\u001b") || evil.err().contains("\u0007") || evil.err().contains("\u009b"),
				evil.err());
		assertTrue(evil.err().contains("R\\u001b]0;owned\\u0007\\u009b"), evil.err());
	}

	// --- 7. machine output is CSV and JSON as their libraries read them

	@Test
	void statusWritesARoundIdWithALineBreakAsOneCsvField() throws IOException {
		String[] args = sample(population(), "--store", "jdbc:h2:file:" + tmp.resolve("rounds"));
		args[6] = "2018Q3\nR2";
		assertEquals(Cli.OK, run(args).code());
		Result status = run("status", "--store", "jdbc:h2:file:" + tmp.resolve("rounds"), "--format", "csv");
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(new StringReader(status.out()),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			records = parser.getRecords();
		}
		records.forEach(r -> assertEquals(4, r.size(), r.toString()));
		List<CSVRecord> round = records.stream().filter(r -> !r.get("scope").equals("store")).toList();
		assertEquals(5, round.size(), status.out()); // its status and the sampled units of its four levels
		round.forEach(r -> assertEquals("2018Q3\nR2", CsvFields.readText(r.get("scope"))));
	}

	@Test
	void statusAsJsonReadsBackWithTheRoundIdAndItsCounts() throws IOException {
		String[] args = sample(population(), "--store", "jdbc:h2:file:" + tmp.resolve("rounds"));
		args[6] = "2018Q3\nR2";
		assertEquals(Cli.OK, run(args).code());
		JsonNode status = new ObjectMapper()
				.readTree(run("status", "--store", "jdbc:h2:file:" + tmp.resolve("rounds"), "--format", "json").out());
		JsonNode round = status.get("rounds").get(0);
		assertEquals("2018Q3\nR2", round.get("round").asText());
		assertEquals("sampled", round.get("status").asText());
		assertEquals(4, round.get("sampledUnits").size());
	}

	// --- 8. smaller things

	@Test
	void dashHIsHelp() {
		Result r = run("-h");
		assertEquals(Cli.OK, r.code(), r.err());
		assertTrue(r.err().startsWith("Brug: tilsyn"), r.err());
	}

	@Test
	void theUsageListsStudio() {
		Result r = run("--help");
		assertTrue(r.err().lines().anyMatch(l -> l.startsWith("  studio")), r.err());
	}

	@ParameterizedTest
	@CsvSource({ "--as-of,check-deadlines --concept kk2018 --cases c.csv --events e.csv",
			"--events,check-deadlines --concept kk2018 --cases c.csv --as-of 2025-01-01",
			"--concept,check-deadlines --cases c.csv --events e.csv --as-of 2025-01-01",
			"--cases,import --concept kk2018", "--concept,import --cases c.csv --events e.csv",
			"--out,generate concept", "--model,sample --concept kk2018" })
	void aMissingRequiredOptionIsNamed(String option, String args) {
		Result r = run(args.split(" "));
		assertEquals(Cli.USAGE, r.code(), r.err());
		assertTrue(r.err().contains("Tilvalget " + option + " mangler."), r.err());
	}

	@Test
	void theDanishUsageOfSampleHasNoDoubledApostrophe() {
		Result r = run("sample");
		assertTrue(r.err().contains("id'et"), r.err());
		assertFalse(r.err().contains("''"), r.err());
	}

	@Test
	void validateCountsOneFileInTheSingular() throws IOException {
		Path file = conceptFolder().resolve("lille.tilsyn");
		Result r = run("validate", file.toString());
		assertEquals(Cli.OK, r.code(), r.err());
		assertTrue(r.err().contains("1 fil tjekket: 0 fejl, 0 advarsler."), r.err());
	}

	@Test
	void oneCaseIsSingularInDanish() {
		Result r = run("demo", "--cases", "1", "--out", tmp.resolve("one").toString());
		assertEquals(Cli.OK, r.code(), r.err());
		assertTrue(r.err().contains("1 syntetisk sag i "), r.err());
		assertTrue(r.err().contains("1 af 1 enhed,"), r.err());
		assertTrue(r.err().contains("1 gennemgang udfyldt"), r.err());
	}
}
