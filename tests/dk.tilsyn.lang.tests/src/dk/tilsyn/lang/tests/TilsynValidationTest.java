package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.ConceptPackage;
import dk.tilsyn.lang.validation.IssueCodes;

@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class TilsynValidationTest {
	@Inject
	private ParseHelper<Concept> parseHelper;
	@Inject
	private ValidationTestHelper validationHelper;

	@Test
	void aConditionNamesAQuestionOfAnotherStageByItsId() throws Exception {
		Concept concept = parseHelper.parse("""
				koncept k "K"
				sagstrin a "A" { spørgsmål a1 "Spørgsmål 1?" }
				sagstrin b "B" { spørgsmål b1 "Hvis nej, ...?" hvis a1 = nej }
				""");
		validationHelper.assertNoIssues(concept);
		Question b1 = concept.getStages().get(1).getQuestions().get(0);
		assertSame(concept.getStages().get(0).getQuestions().get(0), ((AnswerCondition) b1.getCondition()).getQuestion());
	}

	@Test
	void aDuplicateQuestionIdIsAnError() throws Exception {
		Concept concept = parseHelper.parse("""
				koncept k "K"
				sagstrin a "A" { spørgsmål q1 "Et?" }
				sagstrin b "B" { spørgsmål q1 "To?" }
				""");
		validationHelper.assertError(concept, ConceptPackage.Literals.QUESTION, IssueCodes.DUPLICATE_QUESTION_ID);
		assertEquals(1, validationHelper.validate(concept).size());
	}

	@Test
	void distinctQuestionIdsAreNotReportedAsDuplicates() throws Exception {
		Concept concept = parseHelper.parse("""
				koncept k "K"
				sagstrin a "A" { spørgsmål q1 "Et?" spørgsmål q2 "To?" }
				""");
		validationHelper.assertNoIssues(concept);
	}

	@Test
	void aDuplicateStageIdIsAnError() throws Exception {
		Concept concept = parseHelper.parse("""
				koncept k "K"
				sagstrin a "A" { spørgsmål q1 "Et?" }
				sagstrin a "B" { spørgsmål q2 "To?" }
				""");
		validationHelper.assertError(concept, ConceptPackage.Literals.STAGE, IssueCodes.DUPLICATE_STAGE_ID);
	}

	@Test
	void aConditionOnAnUndeclaredQuestionIsUnresolved() throws Exception {
		Concept concept = parseHelper.parse("""
				koncept k "K"
				sagstrin a "A" { spørgsmål q1 "Et?" hvis q9 = ja }
				""");
		validationHelper.assertError(concept, ConceptPackage.Literals.ANSWER_CONDITION, IssueCodes.UNRESOLVED_REFERENCE,
				"q9");
	}

	@Test
	void anUnresolvedReferenceIsNamedWithItsDanishGender() throws Exception {
		Concept concept = parseHelper.parse("""
				koncept k "K"
				sagstrin a "A" {
					spørgsmål q1 "Et?" frist ukendt_frist
					spørgsmål q2 "To?" hvis q9 = ja
				}
				""");
		validationHelper.assertError(concept, ConceptPackage.Literals.QUESTION, IssueCodes.UNRESOLVED_REFERENCE,
				"Der findes ingen regel med navnet 'ukendt_frist'; ret stavningen, eller erklær den.");
		validationHelper.assertError(concept, ConceptPackage.Literals.ANSWER_CONDITION, IssueCodes.UNRESOLVED_REFERENCE,
				"Der findes intet spørgsmål med navnet 'q9'; ret stavningen, eller erklær det.");
	}

	@Test
	void aSyntaxErrorCarriesItsCode() throws Exception {
		Concept concept = parseHelper.parse("""
				koncept k "K"
				sagstrin a "A" { spørgsmål q1 }
				""");
		assertNotNull(concept);
		validationHelper.assertError(concept, ConceptPackage.Literals.STAGE, IssueCodes.SYNTAX_ERROR);
	}
}
