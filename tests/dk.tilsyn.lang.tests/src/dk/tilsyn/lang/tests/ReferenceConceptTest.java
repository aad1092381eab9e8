package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Rule;
import dk.tilsyn.model.concept.SamplingModel;

/** The reference concept shipped in dk.tilsyn.concept.kk2018, read from that bundle. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class ReferenceConceptTest {
	@Inject
	private ParseHelper<Concept> parseHelper;
	@Inject
	private ValidationTestHelper validationHelper;

	static String read(String bundle, String path) throws Exception {
		URL url = Platform.getBundle(bundle).getEntry(path);
		assertNotNull(url, path + " in " + bundle);
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	/** The reference concept and the library it imports, as files side by side (imports resolve on disk). */
	Concept parseReference() throws Exception {
		for (String file : new String[] { "lovgrundlag.tilsyn", "kk2018.tilsyn" }) {
			Files.writeString(folder.resolve(file), read("dk.tilsyn.concept.kk2018", "concept/" + file));
		}
		XtextResourceSet resources = resourceSets.get();
		Resource concept = resources.getResource(URI.createFileURI(folder.resolve("kk2018.tilsyn").toString()), true);
		EcoreUtil.resolveAll(resources);
		return (Concept) concept.getContents().get(0);
	}

	@Test
	void theReferenceConceptValidatesWithoutErrorsOrWarnings() throws Exception {
		Concept concept = parseReference();
		validationHelper.assertNoIssues(concept);
		for (Resource resource : concept.eResource().getResourceSet().getResources()) {
			validationHelper.assertNoIssues(resource);
		}
	}

	@Test
	void itHasTheSeventyNineQuestionsOfBilag1VerbatimInTheirSixStages() throws Exception {
		Concept concept = parseReference();
		List<String[]> tsv = new ArrayList<>();
		for (String line : read("dk.tilsyn.lang.tests", "resources/bilag1-2018-questions.tsv").split("\n")) {
			tsv.add(line.split("\t"));
		}
		tsv.remove(0);
		List<Question> questions = concept.getStages().stream().flatMap(s -> s.getQuestions().stream()).toList();
		assertEquals(79, questions.size());
		assertEquals(6, concept.getStages().size());
		for (int i = 0; i < tsv.size(); i++) {
			Question question = questions.get(i);
			assertEquals(tsv.get(i)[1], question.getText(), question.getName());
			assertEquals(tsv.get(i)[0], ((dk.tilsyn.model.concept.Stage) question.eContainer()).getTitle());
		}
	}

	@Test
	void theConditionsOfTheTableAreThere() throws Exception {
		Concept concept = parseReference();
		Map<String, String> conditions = new TreeMap<>();
		concept.getStages().stream().flatMap(s -> s.getQuestions().stream()).filter(q -> q.getCondition() != null)
				.forEach(q -> conditions.put(q.getName(), Conditions.toText(q.getCondition())));
		assertEquals(Map.of("u02", "u01 = nej", "u08", "u07 = nej", "bu06", "bu05 = nej", "bu07", "bu05 = nej", "ha05",
				"alder >= 16", "ha13", "ha11 = nej eller alder >= 15", "ha18", "alder >= 12", "ha21", "ha20 = ja",
				"hf03", "hf02 = nej"), conditions);
	}

	@Test
	void everyRuleHasASerivcelovenAndABarnetsLovDefinition() throws Exception {
		Concept library = (Concept) EcoreUtil2.getResource(parseReference().eResource(), "lovgrundlag.tilsyn")
				.getContents().get(0);
		assertEquals(List.of("underretning_24t", "kvittering_6hverdage", "undersoegelse_4m",
				"handleplan_foer_afgoerelse", "handleplan_4m", "opfoelgning_3m_6m", "personrettet_tilsyn_2_aarligt",
				"boernesamtale_foer_afgoerelse"), library.getRules().stream().map(Rule::getName).toList());
		for (Rule rule : library.getRules()) {
			assertEquals(List.of("SEL", "BL"),
					rule.getDefinitions().stream().map(d -> d.getSection().getLaw().getName()).toList(), rule.getName());
		}
	}

	@Test
	void theFourSamplingModelsAreNamedAsTheCommandLineTakesThem() throws Exception {
		assertEquals(List.of("model1", "model2", "model3", "ankestyrelsen"),
				parseReference().getModels().stream().map(SamplingModel::getName).toList());
	}
}
