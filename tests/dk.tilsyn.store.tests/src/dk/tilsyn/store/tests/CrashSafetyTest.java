package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.TimeUnit;

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
 * points, 5 per store and kind of work in every build (20 in all, two stores × import and save;
 * each is a child JVM, so this is the slow test); -Dtilsyn.crash.kills=N runs more.
 */
class CrashSafetyTest {
	private static final int KILLS = Integer.getInteger("tilsyn.crash.kills", 5);

	@TempDir
	Path folder;

	static Review review() {
		return StoreContractTest.review("S-1", 1, "crash");
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aKilledImportLeavesWholeImportsOnly(Stores kind) throws Exception {
		String url = kind.freshUrl(folder);
		ReviewStore.open(url, Principal.administrator("setup")).close();
		Random random = new Random(7);
		for (int kill = 0; kill < KILLS; kill++) {
			killDuring(url, "import", random.nextInt(400));
			try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
				StoreStatus status = store.status();
				assertEquals(0, status.cases() % CrashChild.CASES_PER_IMPORT, "kill " + kill + ": a partial import");
				assertEquals(status.cases() * CrashChild.EVENTS_PER_CASE, status.events(), "kill " + kill);
			}
		}
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
		Random random = new Random(11);
		for (int kill = 0; kill < KILLS; kill++) {
			killDuring(url, "save", random.nextInt(300));
			try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
				Review review = store.find("kk2018", "S-1", "underretning", 1).orElse(null);
				if (review == null) {
					assertTrue(store.history("kk2018", "S-1", "underretning", 1).isEmpty());
					continue;
				}
				List<AnswerChange> trail = store.history("kk2018", "S-1", "underretning", 1);
				Set<Integer> versions = new LinkedHashSet<>();
				trail.forEach(c -> versions.add(c.version()));
				assertEquals(trail.get(trail.size() - 1).version(), review.getVersion(), "kill " + kill);
				Map<String, String> last = new TreeMap<>();
				for (AnswerChange change : trail) {
					if (change.questionId() != null) {
						last.put(change.questionId(), change.newValue() + "/" + change.newComment());
					}
				}
				Map<String, String> stored = new TreeMap<>();
				for (Answer answer : review.getAnswers()) {
					stored.put(answer.getQuestionId(), answer.getValue().getLiteral() + "/" + answer.getComment());
				}
				assertEquals(last, stored, "kill " + kill + ": the answers are the trail's last values");
			}
		}
		try (ReviewStore store = ReviewStore.open(url, Principal.administrator("check"))) {
			Review review = store.find("kk2018", "S-1", "underretning", 1).orElseThrow();
			assertTrue(review.getVersion() > 1, "saves finished before the kills");
			store.save(review, "after the kills");
		}
	}

	/** Starts the child, lets it work for a while after it is ready, and kills it (SIGKILL). */
	private void killDuring(String url, String mode, int millis) throws Exception {
		List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(), CrashChild.class.getName(), url, mode));
		Path log = folder.resolve("child.log");
		Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String first = out.readLine();
			if (!"ready".equals(first)) {
				child.destroyForcibly().waitFor();
				throw new AssertionError("the child did not start: " + first + "\n" + Files.readString(log));
			}
			// kill only once it has done some work, then at a random moment
			String done = out.readLine();
			if (done == null) {
				throw new AssertionError("the child stopped: " + Files.readString(log));
			}
			Thread.sleep(millis);
			child.destroyForcibly(); // SIGKILL on Unix
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
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
