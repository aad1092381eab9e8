package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dk.tilsyn.model.concept.Concept;

@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class GeneratorTest {
	private static final String CONCEPT = """
			koncept demo_x "Demo"
			sagstrin a "A" {
				spørgsmål a1 "Et?"
				spørgsmål a2 "Hvis nej?" hvis a1 = nej
			}
			""";

	@Inject
	private ParseHelper<Concept> parseHelper;
	@Inject
	private IGenerator2 generator;

	private Map<String, String> generate(String text) throws Exception {
		Concept concept = parseHelper.parse(text);
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(concept.eResource(), fsa, new GeneratorContext());
		Map<String, String> files = new TreeMap<>();
		fsa.getTextFiles().forEach((name, content) -> files.put(name.replace("DEFAULT_OUTPUT", ""), content.toString()));
		return files;
	}

	@Test
	void aConceptCompilesToItsContributionValidatorXmiAndComponent() throws Exception {
		Map<String, String> files = generate(CONCEPT);
		assertEquals(java.util.Set.of("dk/tilsyn/concept/demo_x/DemoXConcept.java",
				"dk/tilsyn/concept/demo_x/DemoXValidator.java", "dk/tilsyn/concept/demo_x/demo_x.xmi",
				"OSGI-INF/dk.tilsyn.concept.demo_x.xml"), files.keySet());
		String validator = files.get("dk/tilsyn/concept/demo_x/DemoXValidator.java");
		assertTrue(validator.contains("case \"a2\" -> answers.is(\"a1\", AnswerValue.NO);"), validator);
		assertTrue(!validator.contains("case \"a1\""), "an unconditional question needs no case");
		assertTrue(files.get("dk/tilsyn/concept/demo_x/demo_x.xmi").contains("text=\"Hvis nej?\""));
	}

	@Inject
	private com.google.inject.Provider<org.eclipse.xtext.resource.XtextResourceSet> resourceSets;

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path folder;

	/**
	 * The compiled model is the whole concept: the XMI of the reference concept, read back,
	 * equals the parsed concept and its library in every feature (not a few chosen ones).
	 */
	@Test
	void theCompiledModelIsTheWholeConceptWithItsLibrary() throws Exception {
		for (String file : new String[] { "lovgrundlag.tilsyn", "kk2018.tilsyn" }) {
			java.nio.file.Files.writeString(folder.resolve(file),
					ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/" + file));
		}
		org.eclipse.xtext.resource.XtextResourceSet resources = resourceSets.get();
		org.eclipse.emf.ecore.resource.Resource parsed = resources.getResource(
				org.eclipse.emf.common.util.URI.createFileURI(folder.resolve("kk2018.tilsyn").toString()), true);
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resources);
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(parsed, fsa, new GeneratorContext());
		String xmi = fsa.getTextFiles().get("DEFAULT_OUTPUTdk/tilsyn/concept/kk2018/kk2018.xmi").toString();
		org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl compiled = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
				org.eclipse.emf.common.util.URI.createURI("kk2018.xmi"));
		compiled.load(new java.io.ByteArrayInputStream(xmi.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				Map.of());
		Concept concept = (Concept) parsed.getContents().get(0);
		Concept library = (Concept) resources.getResources().stream()
				.filter(r -> r.getURI().lastSegment().equals("lovgrundlag.tilsyn")).findFirst().orElseThrow()
				.getContents().get(0);
		assertEquals(2, compiled.getContents().size());
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(java.util.List.of(concept, library),
				compiled.getContents()), "the compiled XMI equals the parsed concept and library");
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.getAllProperContents(compiled, true).hasNext());
	}

	@Test
	void theOutputIsTheSameForTheSameConcept() throws Exception {
		assertEquals(generate(CONCEPT), generate(CONCEPT));
	}

	@Test
	void aChangedQuestionChangesOnlyTheCompiledModel() throws Exception {
		Map<String, String> before = generate(CONCEPT);
		Map<String, String> after = generate(CONCEPT.replace("\"Et?\"", "\"Et andet?\""));
		for (String file : before.keySet()) {
			assertEquals(file.endsWith(".xmi"), !before.get(file).equals(after.get(file)), file);
		}
	}
}
