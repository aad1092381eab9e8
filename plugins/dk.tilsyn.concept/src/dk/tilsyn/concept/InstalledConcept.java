package dk.tilsyn.concept;

import java.util.List;
import java.util.Optional;

import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;

/**
 * A supervision concept installed as a plugin: its compiled questionnaire and its generated
 * validator. Concept plugins register one as an OSGi service; {@link InstalledConcepts} finds them.
 */
public interface InstalledConcept {

	/** The concept's id, as in {@code koncept kk2018 "..."}. */
	String id();

	/** The concept model, read from the plugin's compiled XMI. */
	Concept model();

	/** The generated validator, which also says which questions are asked. */
	ReviewValidator validator();

	default String title() {
		return model().getTitle();
	}

	default String version() {
		return model().getVersion();
	}

	default List<Stage> stages() {
		return model().getStages();
	}

	default Optional<Stage> stage(String stageId) {
		return stages().stream().filter(s -> s.getName().equals(stageId)).findFirst();
	}

	/** The deadline rules of the concept and its libraries, translated for the deadline engine. */
	default List<Rule> rules() {
		return ConceptRules.of(model());
	}

	default Optional<Rule> rule(String ruleId) {
		return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
	}

	default Optional<Question> question(String questionId) {
		return stages().stream().flatMap(s -> s.getQuestions().stream()).filter(q -> q.getName().equals(questionId))
				.findFirst();
	}
}
