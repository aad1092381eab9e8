package dk.tilsyn.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.lang.Conditions;
import dk.tilsyn.lang.tilsyn.Condition;
import dk.tilsyn.lang.tilsyn.Question;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.Review;

/**
 * Checks a review against its concept: every answer belongs to a question of the concept, and a
 * question is answered only when its condition holds. The conditions themselves are generated
 * ({@link #isAsked}); the checking is here, once for all concepts.
 */
public abstract class ReviewValidator implements EValidator {
	public static final String DIAGNOSTIC_SOURCE = "dk.tilsyn.concept";
	public static final int UNKNOWN_QUESTION = 1;
	public static final int CONDITION_NOT_MET = 2;
	public static final int WRONG_CONCEPT = 3;

	private final InstalledConcept concept;

	protected ReviewValidator(InstalledConcept concept) {
		this.concept = concept;
	}

	/** Whether the question is asked, given the answers so far (its condition holds). */
	public abstract boolean isAsked(String questionId, Answers answers);

	public InstalledConcept concept() {
		return concept;
	}

	/** Validates one review; an OK diagnostic when nothing is wrong. */
	public Diagnostic validate(Review review) {
		BasicDiagnostic diagnostics = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, "", new Object[] { review });
		validate(review.eClass(), review, diagnostics, Map.of());
		return diagnostics;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof Review review)) {
			return true;
		}
		List<Diagnostic> problems = new ArrayList<>();
		if (review.getConceptId() != null && !review.getConceptId().equals(concept.id())) {
			problems.add(error(WRONG_CONCEPT, NLS.bind(Messages.wrongConcept, review.getConceptId(), concept.id()), review));
		}
		Answers answers = Answers.of(review);
		for (Answer answer : review.getAnswers()) {
			if (!answer.isSetValue() && answer.getText() == null) {
				continue;
			}
			Question question = concept.question(answer.getQuestionId()).orElse(null);
			if (question == null) {
				problems.add(error(UNKNOWN_QUESTION,
						NLS.bind(Messages.unknownQuestion, answer.getQuestionId(), concept.id()), answer));
			} else if (!isAsked(question.getName(), answers)) {
				problems.add(error(CONDITION_NOT_MET,
						NLS.bind(Messages.conditionNotMet, question.getName(), describe(question.getCondition())), answer));
			}
		}
		if (diagnostics != null) {
			problems.forEach(diagnostics::add);
		}
		return problems.isEmpty();
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private static String describe(Condition condition) {
		return Conditions.toText(condition);
	}

	private static Diagnostic error(int code, String message, EObject subject) {
		return new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, new Object[] { subject });
	}
}
