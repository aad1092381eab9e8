package dk.tilsyn.concept;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import dk.tilsyn.deadlines.Deadlines;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.DeadlineVerdict;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.VerdictKind;

/**
 * Answers proposed from deadline verdicts: a question linked to a rule ({@code frist R}) is
 * answered ja when the case met it, nej when it missed it, ikke relevant when the rule does not
 * apply; not yet due and not evaluable propose nothing (the reviewer decides).
 */
public final class DeadlineAnswers {
	private static final Deadlines ENGINE = new Deadlines();

	/** A proposed answer and the verdict it comes from (with its derivation). */
	public record Proposal(String questionId, AnswerValue value, Verdict verdict) {
		public String derivation(Locale locale) {
			return verdict.derivation(locale);
		}
	}

	private DeadlineAnswers() {
	}

	/** The answer a verdict proposes, if any. */
	public static Optional<AnswerValue> answerFor(Verdict.Kind kind) {
		return switch (kind) {
		case MET -> Optional.of(AnswerValue.YES);
		case MISSED -> Optional.of(AnswerValue.NO);
		case NOT_APPLICABLE -> Optional.of(AnswerValue.NOT_RELEVANT);
		case NOT_YET_DUE, NOT_EVALUABLE -> Optional.empty();
		};
	}

	/** The verdict on the rule a question is linked to, or empty when it is linked to none. */
	public static Optional<Verdict> verdict(InstalledConcept concept, String questionId, Case theCase,
			LocalDateTime asOf) {
		Question question = concept.question(questionId).orElse(null);
		if (question == null || question.getRule() == null) {
			return Optional.empty();
		}
		Rule rule = concept.rule(question.getRule().getName())
				.orElseGet(() -> ConceptRules.translate(question.getRule()));
		return Optional.of(ENGINE.evaluate(rule, ConceptRules.facts(theCase), asOf));
	}

	/** The proposed answer to a question for a case as of a time, with the verdict behind it. */
	public static Optional<Proposal> propose(InstalledConcept concept, String questionId, Case theCase,
			LocalDateTime asOf) {
		return verdict(concept, questionId, theCase, asOf)
				.flatMap(v -> answerFor(v.kind()).map(value -> new Proposal(questionId, value, v)));
	}

	/** The verdict as review data (derivation in the given language), to store with a review. */
	public static DeadlineVerdict toModel(Verdict verdict, Locale locale) {
		DeadlineVerdict model = ReviewFactory.eINSTANCE.createDeadlineVerdict();
		model.setRuleId(verdict.ruleId());
		model.setLaw(verdict.law() == null ? null : verdict.law() + " " + verdict.section());
		model.setDue(verdict.due());
		model.setVerdict(VerdictKind.get(verdict.kind().id()));
		model.setDerivation(verdict.derivation(locale));
		return model;
	}

	/** Now in Copenhagen: the default "as of" for reviews. */
	public static LocalDateTime now() {
		return LocalDateTime.now(Deadlines.ZONE);
	}
}
