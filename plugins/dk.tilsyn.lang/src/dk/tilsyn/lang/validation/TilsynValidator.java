package dk.tilsyn.lang.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.Check;

import dk.tilsyn.lang.tilsyn.Concept;
import dk.tilsyn.lang.tilsyn.Question;
import dk.tilsyn.lang.tilsyn.Stage;
import dk.tilsyn.lang.tilsyn.TilsynPackage;

/** The concept checks: one {@code @Check} per rule, codes from {@link IssueCodes}. */
public class TilsynValidator extends AbstractTilsynValidator {

	/** Question ids are the stable keys of answers and trends, so they are unique per concept. */
	@Check
	public void checkUniqueQuestionIds(Concept concept) {
		Set<String> seen = new HashSet<>();
		for (Stage stage : concept.getStages()) {
			for (Question question : stage.getQuestions()) {
				if (question.getName() != null && !seen.add(question.getName())) {
					error(NLS.bind(Messages.duplicateQuestionId, question.getName(), concept.getName()), question,
							TilsynPackage.Literals.QUESTION__NAME, IssueCodes.DUPLICATE_QUESTION_ID, question.getName());
				}
			}
		}
	}

	@Check
	public void checkUniqueStageIds(Concept concept) {
		Set<String> seen = new HashSet<>();
		for (Stage stage : concept.getStages()) {
			if (stage.getName() != null && !seen.add(stage.getName())) {
				error(NLS.bind(Messages.duplicateStageId, stage.getName(), concept.getName()), stage,
						TilsynPackage.Literals.STAGE__NAME, IssueCodes.DUPLICATE_STAGE_ID, stage.getName());
			}
		}
	}
}
