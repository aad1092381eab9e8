package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./mvnw starts the throw-away PostgreSQL through {@code releng/postgres.sh for-build}; when
 * the server does not start, the build says why (the end of initdb's or the server's log)
 * instead of claiming PostgreSQL is not installed, and leaves no folder behind.
 */
class PostgresScriptTest {
	@TempDir
	Path folder;

	/** The script, found above the test's working folder (the test project in the build). */
	static Path script() {
		for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("releng/postgres.sh"))) {
				return dir.resolve("releng/postgres.sh");
			}
		}
		throw new AssertionError("no releng/postgres.sh above " + System.getProperty("user.dir"));
	}

	private record Run(int status, String out, String err) {
	}

	private Run forBuild(Path binaries, Path temporary) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", script().toString(), "for-build");
		builder.environment().put("TILSYN_PG_BINDIR", binaries.toString());
		builder.environment().put("TMPDIR", temporary.toString());
		Path out = folder.resolve("out.txt");
		Path err = folder.resolve("err.txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script ends");
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** A folder the postgres user can enter too (the script runs initdb as that user under root). */
	private Path open(Path dir) throws Exception {
		Files.createDirectories(dir);
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
		return dir;
	}

	@Test
	void aServerThatDoesNotStartSaysWhyAndLeavesNothing() throws Exception {
		open(folder);
		Path bin = open(folder.resolve("bin"));
		Path temporary = open(folder.resolve("tmp"));
		Path initdb = bin.resolve("initdb");
		Files.writeString(initdb, "#!/bin/sh\necho 'initdb: error: the disk of the test is full' >&2\nexit 1\n",
				StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(initdb, PosixFilePermissions.fromString("rwxr-xr-x"));
		Run run = forBuild(bin, temporary);
		assertEquals(1, run.status(), run.err());
		assertEquals("", run.out(), "no export lines");
		assertTrue(run.err().contains("initdb: error: the disk of the test is full"), "says why: " + run.err());
		assertFalse(run.err().contains("not installed"), run.err());
		try (Stream<Path> left = Files.list(temporary)) {
			assertEquals(0, left.count(), "no folder left behind");
		}
	}

	@Test
	void noPostgresqlSaysItIsNotInstalled() throws Exception {
		Run run = forBuild(open(folder.resolve("empty")), open(folder.resolve("tmp")));
		assertEquals(1, run.status());
		assertNotNull(run.err());
		assertTrue(run.err().contains("not installed") && run.err().contains("TILSYN_PG_URL"), run.err());
	}
}
