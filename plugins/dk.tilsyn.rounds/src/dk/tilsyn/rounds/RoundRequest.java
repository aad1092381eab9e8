package dk.tilsyn.rounds;

import java.time.LocalDate;
import java.util.Objects;

import dk.tilsyn.model.concept.Concept;

/**
 * A round to draw: the concept, which of its sampling models, the round's id, the period whose
 * completed stages make the frame, and the seed; without a seed, a random one is made and the
 * audit record says so.
 */
public record RoundRequest(Concept concept, String model, String round, LocalDate from, LocalDate to, String seed) {
	public RoundRequest {
		Objects.requireNonNull(concept, "concept");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(round, "round");
	}
}
