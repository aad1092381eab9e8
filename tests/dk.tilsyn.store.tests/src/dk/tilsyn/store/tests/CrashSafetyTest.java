package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.Review;
import dk.tilsyn.store.AnswerChange;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreStatus;

/**
 * A process killed with SIGKILL in the middle of an import or a save leaves the store readable
 * and consistent: every import is there whole or not at all, and a review's answers are those
 * of its last complete save, with an audit trail that ends exactly there. Kills at random
 * points, and (every other kill) just after the child said it is inside a transaction that has
 * written something: such a kill is proven to have landed inside when the child never said it
 * finished, and its writes must be gone. 5 kills per store and kind of work in every build (20
 * in all, two stores × import and save; each is a child JVM, so this is the slow test);
 * -Dtilsyn.crash.kills=N runs more. On PostgreSQL the server itself is killed too.
 */
class CrashSafetyTest {
	private static final int KILLS = Integer.getInteger("tilsyn.crash.kills", 5);
	private static final int SERVER_KILLS = 2;

	@TempDir
	Path folder;

	static Review review() {
		return StoreContractTest.review("S-1", 1, "crash");
	}

	/** What a killed child printed, and the key of the transaction it was in when killed (or null). */
	private record Killed(List<String> lines, String inside) {
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aKilledImportLeavesWholeImportsOnly(Stores kind) throws Exception {
		String url = kind.freshUrl(folder);
		ReviewStore.open(url, Principal.administrator("setup")).close();
		int inside = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Killed killed = killDuring(url, "import", kill);
			try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
				StoreStatus status = store.status();
				assertEquals(0, status.cases() % CrashChild.CASES_PER_IMPORT, "kill " + kill + ": a partial import");
				assertEquals(status.cases() * CrashChild.EVENTS_PER_CASE, status.events(), "kill " + kill);
				if (killed.inside() != null) {
					inside++;
					assertTrue(store.findCase("B" + killed.inside() + "-0").isEmpty(),
							"kill " + kill + ": the import it killed inside left nothing");
				}
			}
		}
		assertTrue(inside >= 1, "no kill landed inside a transaction");
		try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
			assertEquals(CrashChild.CASES_PER_IMPORT, store.importCases(CrashChild.batch(-1)).newCases(),
					"the store still takes imports");
			assertTrue(store.status().cases() > CrashChild.CASES_PER_IMPORT, "some imports finished before a kill");
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aKilledSaveLeavesTheLastCompleteSaveAndItsTrail(Stores kind) throws Exception {
		String url = kind.freshUrl(folder);
		try (ReviewStore store = ReviewStore.open(url, Principal.administrator("setup"))) {
			store.importCases(List.of(StoreContractTest.aCase("S-1", "Valby")));
		}
		int inside = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Killed killed = killDuring(url, "save", kill);
			try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
				Review review = store.find("kk2018", "S-1", "underretning", 1).orElse(null);
				if (killed.inside() != null) {
					inside++;
					assertEquals(Integer.parseInt(killed.inside()), review == null ? 0 : review.getVersion(),
							"kill " + kill + ": the save it killed inside left the version it replaced");
				}
				if (review == null) {
					assertTrue(store.history("kk2018", "S-1", "underretning", 1).isEmpty());
					continue;
				}
				List<AnswerChange> trail = store.history("kk2018", "S-1", "underretning", 1);
				assertEquals(trail.get(trail.size() - 1).version(), review.getVersion(), "kill " + kill);
				Map<String, String> last = new TreeMap<>();
				for (AnswerChange change : trail) {
					if (change.questionId() != null) {
						last.put(change.questionId(), change.newValue() + "/" + change.newComment());
					}
				}
				Map<String, String> stored = new TreeMap<>();
				for (Answer answer : review.getAnswers()) {
					stored.put(answer.getQuestionId(),
							(answer.isSetValue() ? answer.getValue().getLiteral() : answer.getText()) + "/" + answer.getComment());
				}
				assertEquals(last, stored, "kill " + kill + ": the answers are the trail's last values");
			}
		}
		assertTrue(inside >= 1, "no kill landed inside a transaction");
		try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
			Review review = store.find("kk2018", "S-1", "underretning", 1).orElseThrow();
			assertTrue(review.getVersion() > 1, "saves finished before the kills");
			store.save(review, "after the kills");
		}
	}

	/**
	 * The PostgreSQL server (the throw-away one of releng/postgres.sh) is killed while a child
	 * is inside an import: the child gets a short message without the rows, and the restarted
	 * server holds whole imports only.
	 */
	@Test
	void aKilledDatabaseServerLeavesWholeImportsOnlyAndAShortMessage() throws Exception {
		String dir = System.getenv("TILSYN_PG_DIR");
		// a server given from outside (TILSYN_PG_URL without TILSYN_PG_DIR) is not ours to kill; like
		// every PostgreSQL test this one fails rather than skips without its server
		assertTrue(dir != null && !dir.isBlank(), "TILSYN_PG_DIR is not set: this test kills the throw-away server"
				+ " of releng/postgres.sh (./mvnw starts one when TILSYN_PG_URL is not set), never a server given from outside");
		Path server = Path.of(dir);
		String url = Stores.POSTGRES.freshUrl(folder);
		ReviewStore.open(url, Principal.administrator("setup")).close();
		for (int kill = 0; kill < SERVER_KILLS; kill++) {
			Process child = start(url, "import");
			Lines lines = new Lines(child);
			String key;
			boolean killed = false;
			try {
				lines.await("ready");
				lines.await("done ");
				key = lines.await("writing ").substring("writing ".length());
				killed = true;
				killServer(server);
			} finally {
				if (killed) {
					restartServer(server);
				} else {
					child.destroyForcibly().waitFor();
				}
			}
			assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child ends on its own");
			List<String> printed = lines.rest();
			String last = printed.isEmpty() ? "" : printed.get(printed.size() - 1);
			assertFalse(printed.contains("done " + key), "killed inside the import: " + printed);
			assertTrue(last.startsWith("failed "), "a store error: " + printed + "\n" + Files.readString(log()));
			assertFalse(last.contains("B" + key) || last.contains("Valby") || last.contains("SBB"),
					"no case id or value: " + last);
			assertTrue(last.length() < 600, "a short message: " + last);
			try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
				StoreStatus status = store.status();
				assertTrue(status.cases() > 0, "imports finished before the kill");
				assertEquals(0, status.cases() % CrashChild.CASES_PER_IMPORT, "kill " + kill + ": a partial import");
				assertEquals(status.cases() * CrashChild.EVENTS_PER_CASE, status.events(), "kill " + kill);
				assertTrue(store.findCase("B" + key + "-0").isEmpty(), "the import it was killed in left nothing");
			}
		}
	}

	/** SIGKILL to the postmaster and every process under it: a crash, not a shutdown. */
	private static void killServer(Path server) throws Exception {
		long pid = Long.parseLong(Files.readAllLines(server.resolve("data/postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server " + pid));
		List<ProcessHandle> all = new ArrayList<>();
		all.add(postmaster);
		all.addAll(postmaster.descendants().toList());
		for (ProcessHandle process : all) {
			process.destroyForcibly();
		}
		for (ProcessHandle process : all) {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
	}

	private static void restartServer(Path server) throws Exception {
		Path script = PostgresScriptTest.script();
		Process restart = new ProcessBuilder("bash", script.toString(), "restart", server.toString())
				.redirectErrorStream(true).start();
		String output = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(restart.waitFor(120, TimeUnit.SECONDS) && restart.exitValue() == 0, "restart: " + output);
	}

	/** The lines a child prints, read as they come. */
	private static final class Lines {
		private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
		private final Thread reader;
		private static final String END = "\u0000end";

		Lines(Process child) {
			reader = new Thread(() -> {
				try (BufferedReader out = new BufferedReader(
						new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = out.readLine(); line != null; line = out.readLine()) {
						queue.add(line);
					}
				} catch (java.io.IOException e) {
					// the child is gone
				}
				queue.add(END);
			});
			reader.setDaemon(true);
			reader.start();
		}

		/** Waits for the next line starting with prefix; the lines before it are passed over. */
		String await(String prefix) throws Exception {
			while (true) {
				String line = queue.poll(120, TimeUnit.SECONDS);
				if (line == null || line == END) {
					throw new AssertionError("the child did not print '" + prefix + "'");
				}
				if (line.startsWith(prefix)) {
					return line;
				}
			}
		}

		/** Every line still to come, up to the child's end. */
		List<String> rest() throws Exception {
			List<String> lines = new ArrayList<>();
			for (String line = queue.poll(120, TimeUnit.SECONDS); line != null && line != END; line = queue.poll(120,
					TimeUnit.SECONDS)) {
				lines.add(line);
			}
			return lines;
		}
	}

	private Path log() {
		return folder.resolve("child.log");
	}

	private Process start(String url, String mode) throws Exception {
		List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(), CrashChild.class.getName(), url, mode));
		return new ProcessBuilder(command).redirectError(log().toFile()).start();
	}

	/**
	 * Starts the child, lets it finish a transaction, and kills it (SIGKILL): even kills just
	 * after it said it is inside a transaction (the first at once, within its pause), odd kills
	 * at a random moment.
	 */
	private Killed killDuring(String url, String mode, int kill) throws Exception {
		Random random = new Random(kill * 31L + mode.length());
		Process child = start(url, mode);
		Lines lines = new Lines(child);
		try {
			lines.await("ready");
			lines.await("done ");
			String marker = null;
			if (kill % 2 == 0) {
				marker = lines.await("writing ").substring("writing ".length());
				Thread.sleep(kill == 0 ? 0 : random.nextInt(2 * CrashChild.PAUSE_MILLIS));
			} else {
				Thread.sleep(random.nextInt(400));
			}
			child.destroyForcibly(); // SIGKILL on Unix
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
			List<String> rest = lines.rest();
			// the last transaction the child began writing in and never said it finished
			String inside = marker;
			for (String line : rest) {
				if (line.startsWith("writing ")) {
					inside = line.substring("writing ".length());
				} else if (line.equals("done " + inside)) {
					inside = null;
				}
			}
			return new Killed(rest, inside);
		} catch (AssertionError e) {
			child.destroyForcibly().waitFor();
			throw new AssertionError(e.getMessage() + "\n" + Files.readString(log()), e);
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static String classPath() throws Exception {
		String[] bundles = { "dk.tilsyn.store", "dk.tilsyn.store.tests", "dk.tilsyn.model", "org.eclipse.emf.ecore",
				"org.eclipse.emf.common", "org.eclipse.osgi", "com.h2database", "org.postgresql.jdbc",
				"org.apache.commons.commons-csv" };
		Set<String> entries = new LinkedHashSet<>();
		Bundle self = FrameworkUtil.getBundle(CrashSafetyTest.class);
		for (String name : bundles) {
			Bundle bundle = null;
			for (Bundle b : self.getBundleContext().getBundles()) {
				if (b.getSymbolicName().equals(name)) {
					bundle = b;
				}
			}
			if (bundle == null) {
				throw new AssertionError("bundle " + name + " is not in the test runtime");
			}
			entries.addAll(filesOf(bundle));
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The jar or class folders of a bundle, from its location (Tycho runs reactor bundles from target/). */
	private static List<String> filesOf(Bundle bundle) throws Exception {
		// the system bundle's location is no file; the framework says where its jar is
		String location = bundle.getBundleId() == 0 ? System.getProperty("osgi.framework") : bundle.getLocation();
		int at = location == null ? -1 : location.indexOf("file:");
		if (at < 0) {
			throw new AssertionError("no file for bundle " + bundle.getSymbolicName() + ": " + location);
		}
		String file = java.net.URLDecoder.decode(location.substring(at + "file:".length()), StandardCharsets.UTF_8);
		Path path = Path.of(file);
		if (!path.isAbsolute()) {
			String area = System.getProperty("osgi.install.area", "file:.");
			path = Path.of(area.substring(area.indexOf("file:") + "file:".length())).resolve(file).normalize();
		}
		if (!Files.exists(path)) {
			throw new AssertionError("no file for bundle " + bundle.getSymbolicName() + ": " + location);
		}
		List<String> files = new ArrayList<>();
		if (Files.isDirectory(path)) {
			for (String output : new String[] { "target/classes", "bin" }) {
				if (Files.isDirectory(path.resolve(output))) {
					files.add(path.resolve(output).toString());
				}
			}
			if (files.isEmpty()) {
				files.add(path.toString());
			}
		} else {
			files.add(path.toString());
		}
		URL entry = bundle.getEntry("/");
		if (files.isEmpty() && entry != null) {
			files.add(entry.getPath());
		}
		return files;
	}
}
