package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dk.tilsyn.lang.tilsyn.Concept;
import dk.tilsyn.lang.tilsyn.Question;

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

	@Test
	void theUnderretningQuestionsParseWithoutIssues() throws Exception {
		Concept concept = parseHelper.parse(read("dk.tilsyn.concept.kk2018", "concept/kk2018.tilsyn"));
		validationHelper.assertNoIssues(concept);
		List<Question> questions = concept.getStages().get(0).getQuestions();
		assertEquals(9, questions.size());
		assertEquals("Underretning", concept.getStages().get(0).getTitle());
		assertEquals("Hvis nej, er der så sket en efterfølgende screening?", questions.get(1).getText());
		assertEquals("u_frist_24t", questions.get(1).getCondition().getQuestion().getName());
	}
}
