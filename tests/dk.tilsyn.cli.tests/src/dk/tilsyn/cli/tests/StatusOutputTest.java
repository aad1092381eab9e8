package dk.tilsyn.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.tilsyn.cli.internal.Cli;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.model.csv.CsvFields;
import dk.tilsyn.population.SyntheticPopulation;

/**
 * {@code tilsyn status --format csv|json} read back by a CSV and a JSON library: a round id
 * with a line break (the user's text) stays one field, not a broken line.
 */
class StatusOutputTest {
	private static final String ROUND = "2018Q3\nR2";

	@TempDir
	Path tmp;

	private String oldData;

	@BeforeEach
	void ownDataFolder() {
		oldData = System.getProperty("tilsyn.data");
		System.setProperty("tilsyn.data", tmp.resolve("data").toString());
	}

	@AfterEach
	void restoreDataFolder() {
		if (oldData == null) {
			System.clearProperty("tilsyn.data");
		} else {
			System.setProperty("tilsyn.data", oldData);
		}
	}

	private static String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	private String storeWithARound() {
		Path population = tmp.resolve("population");
		CaseFiles.write(new SyntheticPopulation(7).cases(200, LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30)),
				population);
		String store = "jdbc:h2:file:" + tmp.resolve("rounds");
		run("sample", "--concept", "kk2018", "--model", "model1", "--round", ROUND, "--from", "2018-07-01", "--to",
				"2018-09-30", "--seed", "7f3a", "--cases", population.resolve("cases.csv").toString(), "--events",
				population.resolve("events.csv").toString(), "--store", store);
		return store;
	}

	@Test
	void aRoundIdWithALineBreakIsOneQuotedFieldInTheCsv() throws IOException {
		String csv = run("status", "--store", storeWithARound(), "--format", "csv");
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(new StringReader(csv),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			records = parser.getRecords();
		}
		for (CSVRecord record : records) {
			assertEquals(4, record.size(), record.toString());
		}
		List<CSVRecord> round = records.stream().filter(r -> !r.get("scope").equals("store")).toList();
		assertEquals(5, round.size(), csv); // its status and the sampled units of its four levels
		round.forEach(r -> assertEquals(ROUND, CsvFields.readText(r.get("scope"))));
		assertEquals("sampled", round.get(0).get("key"));
	}

	@Test
	void theJsonReadsBackWithTheRoundIdAndItsCounts() throws IOException {
		JsonNode status = new ObjectMapper().readTree(run("status", "--store", storeWithARound(), "--format", "json"));
		JsonNode round = status.get("rounds").get(0);
		assertEquals(ROUND, round.get("round").asText());
		assertEquals("sampled", round.get("status").asText());
		assertEquals(4, round.get("sampledUnits").size());
		assertEquals(0, status.get("cases").asLong());
	}
}
