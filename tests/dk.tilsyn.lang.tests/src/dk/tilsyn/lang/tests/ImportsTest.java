package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import dk.tilsyn.lang.ConceptFiles;
import dk.tilsyn.lang.validation.IssueCodes;

/**
 * Imports (issue 11): what a concept may import, what is refused before any I/O, and what an
 * imported file's declarations and errors mean for the concept.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class ImportsTest {
	private static final String LIBRARY = """
			bibliotek lib "Bibliotek"
			lov SEL "Serviceloven"
			hændelse a "A" dato
			hændelse b "B" dato
			flag f "F"
			regel r "R" {
				SEL § 1: b senest ved a
			}
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private ValidationTestHelper validationHelper;
	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private XtextResourceSet resources;

	/** Validates the concept file (imports loaded as the scope loads them); errors and warnings. */
	private List<Issue> validate(String file) {
		resources = resourceSets.get();
		Resource resource = resources.getResource(URI.createFileURI(folder.resolve(file).toString()), true);
		EcoreUtil.resolveAll(resources);
		return validationHelper.validate(resource).stream().filter(i -> i.getSeverity() != Severity.INFO).toList();
	}

	private List<Issue> conceptImporting(String path) throws Exception {
		Files.writeString(folder.resolve("k.tilsyn"), "koncept k \"K\"\nimporter \"" + path + "\"\n");
		return validate("k.tilsyn");
	}

	private static void assertOnly(String code, int line, List<Issue> issues) {
		assertTrue(!issues.isEmpty() && issues.stream().allMatch(i -> code.equals(i.getCode())),
				() -> "only " + code + " expected, got " + issues);
		assertTrue(issues.stream().allMatch(i -> i.getLineNumber() == line && i.getColumn() >= 1), issues::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:9/lib.tilsyn", "https://example.invalid/lib.tilsyn",
			"file:///etc/passwd", "file:lib.tilsyn", "/etc/hostname", "../lib.tilsyn", "sub/../../lib.tilsyn",
			"%2e%2e/lib.tilsyn", "notes.txt", "lib.tilsyn?x=1", "data:text/plain,lib.tilsyn", "~/lib.tilsyn" })
	void anImportByUrlOrOutsideTheFolderOrOfAnotherKindIsRefusedAndNotLoaded(String path) throws Exception {
		Files.writeString(folder.resolve("lib.tilsyn"), LIBRARY); // there, so only the refusal keeps it out
		List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> conceptImporting(path));
		assertOnly(IssueCodes.IMPORT_REFUSED, 2, issues);
		assertEquals(1, resources.getResources().size(), () -> "nothing else loaded: " + resources.getResources());
	}

	@Test
	void anImportInASubfolderIsAccepted() throws Exception {
		Files.createDirectories(folder.resolve("fælles"));
		Files.writeString(folder.resolve("fælles/lib.tilsyn"), LIBRARY);
		Files.writeString(folder.resolve("k.tilsyn"), """
				koncept k "K"
				importer "fælles/lib.tilsyn"
				sagstrin s "S" { spørgsmål q1 "Et?" hvis flag f frist r }
				""");
		List<Issue> issues = validate("k.tilsyn");
		assertTrue(issues.isEmpty(), issues::toString);
	}

	@Test
	void aMissingFileOrAFolderIsNotFound() throws Exception {
		assertOnly(IssueCodes.IMPORT_NOT_FOUND, 2, conceptImporting("findes_ikke.tilsyn"));
		Files.createDirectories(folder.resolve("mappe.tilsyn"));
		assertOnly(IssueCodes.IMPORT_NOT_FOUND, 2, conceptImporting("mappe.tilsyn"));
	}

	@Test
	void aPipeOrADeviceIsNeverOpened() throws Exception {
		Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.tilsyn").toString()).start();
		assertEquals(0, mkfifo.waitFor());
		assertOnly(IssueCodes.IMPORT_NOT_FOUND, 2,
				assertTimeoutPreemptively(Duration.ofSeconds(60), () -> conceptImporting("pipe.tilsyn")));
		Files.createSymbolicLink(folder.resolve("zero.tilsyn"), Path.of("/dev/zero"));
		assertOnly(IssueCodes.IMPORT_NOT_FOUND, 2,
				assertTimeoutPreemptively(Duration.ofSeconds(60), () -> conceptImporting("zero.tilsyn")));
	}

	@Test
	void aLinkOutOfTheFolderIsRefused() throws Exception {
		Path outside = Files.createTempFile("outside", ".tilsyn");
		try {
			Files.writeString(outside, LIBRARY);
			Files.createSymbolicLink(folder.resolve("link.tilsyn"), outside);
			assertOnly(IssueCodes.IMPORT_NOT_FOUND, 2, conceptImporting("link.tilsyn"));
			assertEquals(1, resources.getResources().size(), () -> "not loaded: " + resources.getResources());
		} finally {
			Files.delete(outside);
		}
	}

	@Test
	void anEmptyOrBinaryFileIsNotAConcept() throws Exception {
		Files.writeString(folder.resolve("tom.tilsyn"), "");
		assertOnly(IssueCodes.IMPORT_NOT_A_CONCEPT, 2, conceptImporting("tom.tilsyn"));
		Files.write(folder.resolve("binær.tilsyn"), new byte[] { 'b', 'i', 0, (byte) 0xff, (byte) 0xfe, 7, 0 });
		assertOnly(IssueCodes.IMPORT_NOT_A_CONCEPT, 2, conceptImporting("binær.tilsyn"));
	}

	@Test
	void thePreviousVersionIsNeverFetchedByUrl() throws Exception {
		Files.writeString(folder.resolve("k.tilsyn"),
				"koncept k \"K\"\nforrige version \"http://127.0.0.1:9/k2017.tilsyn\"\n");
		List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validate("k.tilsyn"));
		assertOnly(IssueCodes.IMPORT_REFUSED, 2, issues);
	}

	@Test
	void anIdDeclaredInTheConceptAndInAnImportedLibraryIsAnError() throws Exception {
		Files.writeString(folder.resolve("lib.tilsyn"), LIBRARY);
		Files.writeString(folder.resolve("k.tilsyn"), """
				koncept k "K"
				importer "lib.tilsyn"
				hændelse c "C" dato
				flag f "F igen"
				regel r "R igen" {
					SEL § 1: c senest ved a
				}
				""");
		List<Issue> issues = validate("k.tilsyn");
		assertEquals(2, issues.size(), issues::toString);
		assertTrue(issues.stream().allMatch(i -> IssueCodes.ID_DECLARED_IN_IMPORT.equals(i.getCode())), issues::toString);
		assertEquals(List.of(4, 5), issues.stream().map(Issue::getLineNumber).sorted().toList());
	}

	@Test
	void aConceptSaysThatItsLibraryIsBroken() throws Exception {
		Files.writeString(folder.resolve("lib.tilsyn"), LIBRARY.replace("b senest ved a", "b senest ved x9"));
		Files.writeString(folder.resolve("k.tilsyn"), "koncept k \"K\"\nimporter \"lib.tilsyn\"\n");
		assertOnly(IssueCodes.IMPORTED_FILE_HAS_ERRORS, 2, validate("k.tilsyn"));
	}

	@Test
	void checkingAConceptFileChecksTheLibrariesItImportsWithTheirOwnLines() throws Exception {
		Files.writeString(folder.resolve("lib.tilsyn"), LIBRARY + "lov SEL \"To gange\"\n");
		Files.writeString(folder.resolve("k.tilsyn"), "koncept k \"K\"\nimporter \"lib.tilsyn\"\n");
		ConceptFiles.Checked checked = ConceptFiles.check(injector, List.of(folder.resolve("k.tilsyn")));
		assertEquals(2, checked.files().size(), checked.files()::toString);
		assertEquals(folder.resolve("lib.tilsyn").toAbsolutePath(), checked.files().get(1).toAbsolutePath());
		List<Issue> library = checked.issues().get(1);
		assertEquals(1, library.size(), library::toString);
		assertEquals(IssueCodes.DUPLICATE_LAW_ID, library.get(0).getCode());
		assertEquals(9, library.get(0).getLineNumber());
		assertTrue(checked.hasErrors());
	}

	@Test
	void aConditionCycleThroughAnImportIsFound() throws Exception {
		Files.writeString(folder.resolve("lib.tilsyn"), """
				bibliotek lib "L"
				importer "k.tilsyn"
				sagstrin ls "LS" { spørgsmål l1 "L1?" hvis k1 = ja }
				""");
		Files.writeString(folder.resolve("k.tilsyn"), """
				koncept k "K"
				importer "lib.tilsyn"
				sagstrin ks "KS" { spørgsmål k1 "K1?" hvis l1 = ja }
				""");
		List<Issue> issues = validate("k.tilsyn");
		assertOnly(IssueCodes.CONDITION_CYCLE, 3, issues);
		assertTrue(issues.get(0).getMessage().contains("k1 → l1 → k1"), issues.get(0).getMessage());
	}
}
