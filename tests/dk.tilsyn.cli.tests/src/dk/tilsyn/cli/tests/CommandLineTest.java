package dk.tilsyn.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.cli.internal.Cli;

/**
 * What the command line's tests share: a data folder of each test's own (the embedded default
 * store lives there), and {@link #run} that runs {@code tilsyn ARGS} in-process and fails on a Java
 * stack trace, which no user's mistake may show.
 */
abstract class CommandLineTest {
	@TempDir
	Path tmp;

	private String oldData;

	record Result(int code, String out, String err) {
	}

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

	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
		Result result = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		assertFalse(result.err.contains("\tat ") || result.out.contains("\tat "), result.err);
		assertFalse(result.err.contains("Exception") && result.code != Cli.INTERNAL_ERROR, result.err);
		return result;
	}
}
