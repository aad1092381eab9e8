package dk.tilsyn.sampling;

import java.time.LocalDate;
import java.util.List;

import dk.tilsyn.model.Case;

/**
 * What a draw is made from: the concept (for the audit), the round, the period, the seed, the
 * case population and the concept's stages (which event completes which stage).
 *
 * @param seedGenerated true when the seed was generated rather than given
 */
public record DrawRequest(String conceptId, String conceptVersion, String round, LocalDate from, LocalDate to,
		String seed, boolean seedGenerated, List<Case> population, List<StageDefinition> stages) {

	public DrawRequest {
		population = List.copyOf(population);
		stages = List.copyOf(stages);
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("The period starts (" + from + ") after it ends (" + to + ")");
		}
	}

	/** The first level's frame: every unit completed in the period. */
	public Frame frame() {
		return Frame.fromPopulation(population, stages, from, to);
	}
}
