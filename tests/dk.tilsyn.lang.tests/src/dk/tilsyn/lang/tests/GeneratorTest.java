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

import dk.tilsyn.lang.tilsyn.Concept;

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
