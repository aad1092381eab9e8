package dk.tilsyn.concept;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;

/**
 * Checks a review against its concept: every answer belongs to a question of the concept, and a
 * question is answered only when its condition holds; when the case is known, an answer to a
 * question linked to a deadline rule agrees with the rule's verdict. The conditions themselves are generated
 * ({@link #isAsked}); the checking is here, once for all concepts.
 */
public abstract class ReviewValidator implements EValidator {
	public static final String DIAGNOSTIC_SOURCE = "dk.tilsyn.concept";
	public static final int UNKNOWN_QUESTION = 1;
	public static final int CONDITION_NOT_MET = 2;
	public static final int WRONG_CONCEPT = 3;
	/** A saved answer to a question linked to a deadline rule says otherwise than the rule's verdict. */
	public static final int CONTRADICTS_DEADLINE = 4;
	/** Context key: the {@link Case} the review is about; its deadline verdicts are then checked. */
	public static final String CASE = "dk.tilsyn.concept.case";
	/** Context key: the {@link LocalDateTime} the verdicts are taken as of (default: now). */
	public static final String AS_OF = "dk.tilsyn.concept.asOf";

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

	/**
	 * Validates one review of a known case: also whether the answers to questions linked to a
	 * deadline rule agree with the rule's verdict on the case as of {@code asOf}.
	 */
	public Diagnostic validate(Review review, Case theCase, LocalDateTime asOf) {
		BasicDiagnostic diagnostics = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, "", new Object[] { review });
		Map<Object, Object> context = new HashMap<>();
		context.put(CASE, theCase);
		context.put(AS_OF, asOf);
		validate(review.eClass(), review, diagnostics, context);
		return diagnostics;
	}

	/** As {@link #validate(Review, Case, LocalDateTime)}, as of now. */
	public Diagnostic validate(Review review, Case theCase) {
		return validate(review, theCase, DeadlineAnswers.now());
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
		Case theCase = context != null && context.get(CASE) instanceof Case c ? c : null;
		LocalDateTime asOf = context != null && context.get(AS_OF) instanceof LocalDateTime t ? t : DeadlineAnswers.now();
		Answers answers = Answers.of(review, theCase);
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
			} else if (theCase != null && question.getRule() != null && answer.isSetValue()) {
				Diagnostic contradiction = checkDeadline(question, answer, theCase, asOf);
				if (contradiction != null) {
					problems.add(contradiction);
				}
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

	private Diagnostic checkDeadline(Question question, Answer answer, Case theCase, LocalDateTime asOf) {
		Verdict verdict = DeadlineAnswers.verdict(concept, question.getName(), theCase, asOf).orElse(null);
		AnswerValue expected = verdict == null ? null : DeadlineAnswers.answerFor(verdict.kind()).orElse(null);
		if (expected == null || expected == answer.getValue()) {
			return null;
		}
		// a warning: the case data may be wrong, and the reviewer may know it
		return new BasicDiagnostic(Diagnostic.WARNING, DIAGNOSTIC_SOURCE, CONTRADICTS_DEADLINE,
				NLS.bind(Messages.contradictsDeadline, new Object[] { question.getName(), word(answer.getValue()),
						verdict.ruleId(), word(expected), verdict.derivation(Locale.getDefault()) }),
				new Object[] { answer, verdict });
	}

	private static String word(AnswerValue value) {
		return switch (value) {
		case YES -> Messages.answerYes;
		case NO -> Messages.answerNo;
		case NOT_RELEVANT -> Messages.answerNotRelevant;
		};
	}

	private static String describe(Condition condition) {
		return Conditions.toText(condition);
	}

	private static Diagnostic error(int code, String message, EObject subject) {
		return new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, new Object[] { subject });
	}
}
