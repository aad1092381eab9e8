package dk.tilsyn.app.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.tilsyn.concept.DeadlineAnswers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.DeadlineVerdict;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;

/**
 * The deadline verdicts a review shows: one per rule that a question of the review's stage is
 * linked to, on the case's events as of a time, the derivation in the reviewer's language.
 */
final class CaseVerdicts {
	private CaseVerdicts() {
	}

	/** As of now, the derivations in the language the application runs in. */
	static List<DeadlineVerdict> asOfNow(InstalledConcept concept, String stage, Case theCase) {
		return of(concept, stage, theCase, DeadlineAnswers.now(), Locale.getDefault());
	}

	static List<DeadlineVerdict> of(InstalledConcept concept, String stage, Case theCase, LocalDateTime asOf,
			Locale locale) {
		List<DeadlineVerdict> verdicts = new ArrayList<>();
		List<Question> questions = concept.stage(stage).<List<Question>>map(Stage::getQuestions).orElse(List.of());
		Set<String> rules = new LinkedHashSet<>();
		for (Question question : questions) {
			if (question.getRule() != null && rules.add(question.getRule().getName())) {
				DeadlineAnswers.verdict(concept, question.getName(), theCase, asOf)
						.ifPresent(v -> verdicts.add(DeadlineAnswers.toModel(v, locale)));
			}
		}
		return verdicts;
	}
}
