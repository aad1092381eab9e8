package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Random mutations of the reference concepts: parsing and validating never throws, always
 * ends, and every diagnostic has a line and a column. Besides random edits, mutators insert what
 * broke the language before (issue 11): deep parentheses, chains of "ikke", "og" and "eller",
 * imports and previous versions of URLs, pipes, devices, folders, empty and binary files, and a
 * byte order mark. The seed is fixed, so a failure can be replayed; -Dtilsyn.fuzz.count and
 * -Dtilsyn.fuzz.seed run longer or other campaigns (README).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class FuzzTest {
	private static final String[] TOKENS = { "koncept", "bibliotek", "sagstrin", "spørgsmål", "hvis", "og", "eller",
			"ikke", "=", "!=", ">=", "<", "ja", "nej", "ikke-relevant", "alder", "hændelse", "før", "flag", "tema",
			"regel", "fra", "til", "inden", "måneder", "timer", "hverdage", "afrundet", "ned", "senest", "ved", "mindst",
			"pr.", "anbringelsesår", "§", "stk.", "nr.", ",", ":", "{", "}", "(", ")", "\"", "\"tekst\"", "u01", "q9",
			"12", "2024-01-01", "SEL", "BL", "stikprøvemodel", "niveau", "ramme", "udtræk", "fordelt", "på", "heraf",
			"udvælgelse", "importer", "\"lovgrundlag.tilsyn\"", "\n", " ", "//", "/*", "*/", "æøå", "\u0000" };

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	@Test
	void mutatedConceptsNeverBreakTheParserOrTheChecks() throws Exception {
		int count = Integer.getInteger("tilsyn.fuzz.count", 10_000);
		long seed = Long.getLong("tilsyn.fuzz.seed", 20261124L);
		String library = ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/lovgrundlag.tilsyn");
		String concept = ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/kk2018.tilsyn");
		Files.writeString(folder.resolve("lovgrundlag.tilsyn"), library);
		oddFiles();
		Random random = new Random(seed);
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			for (int i = 0; i < count; i++) {
				// every 4th input mutates the library; the others a stage-sized slice of the concept
				boolean ofLibrary = i % 4 == 0;
				String base = ofLibrary ? library : slice(concept, random);
				String mutant = mutate(base, random);
				int input = i;
				Future<?> run = worker.submit(() -> check(mutant, input));
				try {
					run.get(60, TimeUnit.SECONDS); // a hang detector, not a performance goal
				} catch (TimeoutException e) {
					fail("input " + i + " (seed " + seed + ") did not end:\n" + mutant);
				} catch (java.util.concurrent.ExecutionException e) {
					throw new AssertionError("input " + i + " (seed " + seed + ") threw " + e.getCause() + ":\n" + mutant,
							e.getCause());
				}
			}
		} finally {
			worker.shutdownNow();
		}
	}

	private void check(String text, int input) {
		XtextResourceSet resources = resourceSets.get();
		XtextResource resource = (XtextResource) resources
				.createResource(URI.createFileURI(folder.resolve("mutant.tilsyn").toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(resources);
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			assertTrue(issue.getLineNumber() != null && issue.getLineNumber() >= 1 && issue.getColumn() != null
					&& issue.getColumn() >= 1, () -> "input " + input + ": no line/column: " + issue + "\n" + text);
		}
	}

	/** The header and imports, then a random run of about 40 lines of the concept. */
	private static String slice(String concept, Random random) {
		String[] lines = concept.split("\n", -1);
		int start = 5 + random.nextInt(Math.max(1, lines.length - 45));
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			text.append(lines[i]).append('\n');
		}
		for (int i = start; i < Math.min(lines.length, start + 40); i++) {
			text.append(lines[i]).append('\n');
		}
		return text.toString();
	}

	/** What odd imports name: a pipe, a device, a folder, an empty and a binary file. */
	private void oddFiles() throws Exception {
		Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.tilsyn").toString()).start();
		if (mkfifo.waitFor() != 0) {
			throw new IllegalStateException("mkfifo failed");
		}
		Files.createSymbolicLink(folder.resolve("zero.tilsyn"), Path.of("/dev/zero"));
		Files.createDirectories(folder.resolve("mappe.tilsyn"));
		Files.writeString(folder.resolve("tom.tilsyn"), "");
		Files.write(folder.resolve("binær.tilsyn"), new byte[] { 'k', 0, (byte) 0xff, (byte) 0xfe, 1, 2, 3 });
	}

	/** Paths a hostile concept imports or names as its previous version. */
	private static final String[] ODD_PATHS = { "http://127.0.0.1:9/lib.tilsyn", "https://example.invalid/x.tilsyn",
			"file:///dev/zero", "file:lovgrundlag.tilsyn", "/dev/zero", "/etc/passwd", "../../etc/passwd",
			"../lovgrundlag.tilsyn", "%2e%2e/x.tilsyn", "pipe.tilsyn", "zero.tilsyn", "mappe.tilsyn", "tom.tilsyn",
			"binær.tilsyn", "mutant.tilsyn", "lovgrundlag.tilsyn", "notes.txt", "", "mappe.tilsyn/../pipe.tilsyn" };

	/** Many, occasionally very many. */
	private static int many(Random random) {
		return random.nextInt(4) == 0 ? 2_000 + random.nextInt(12_000) : 1 + random.nextInt(150);
	}

	/** Where a condition starts ("hvis "), else anywhere. */
	private static int conditionAt(StringBuilder s, Random random) {
		int at = s.indexOf("hvis ", random.nextInt(s.length()));
		return at < 0 ? random.nextInt(s.length()) : at + 5;
	}

	private static String mutate(String text, Random random) {
		StringBuilder s = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && s.length() > 0; e++) {
			int at = random.nextInt(s.length());
			switch (random.nextInt(12)) {
			case 6 -> { // deep parentheses, balanced or not
				int n = many(random);
				int c = conditionAt(s, random);
				int end = Math.min(s.length(), c + random.nextInt(12));
				if (random.nextBoolean()) {
					s.insert(end, ")".repeat(n));
				}
				s.insert(c, "(".repeat(n));
			}
			case 7 -> s.insert(conditionAt(s, random), "ikke ".repeat(many(random)));
			case 8 -> s.insert(conditionAt(s, random), (random.nextBoolean() ? "u01 = ja og " : "alder > 3 eller ")
					.repeat(many(random)));
			case 9 -> { // an import or previous version of an odd path, where the header allows it
				String path = ODD_PATHS[random.nextInt(ODD_PATHS.length)];
				String line = (random.nextInt(3) == 0 ? "forrige version \"" : "importer \"") + path + "\"\n";
				int imports = s.indexOf("importer ");
				s.insert(imports >= 0 ? imports : Math.max(0, s.indexOf("\n") + 1), line);
			}
			case 10 -> s.insert(0, '\uFEFF');
			case 11 -> s.insert(conditionAt(s, random), "ikke (".repeat(many(random)));
			case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
			case 1 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
			case 2 -> s.insert(at, " " + TOKENS[random.nextInt(TOKENS.length)] + " ");
			case 3 -> {
				int end = Math.min(s.length(), at + 1 + random.nextInt(60));
				s.insert(random.nextInt(s.length()), s.substring(at, end));
			}
			case 4 -> s.setCharAt(at, (char) (32 + random.nextInt(200)));
			default -> s.setLength(at);
			}
		}
		return s.toString();
	}
}
