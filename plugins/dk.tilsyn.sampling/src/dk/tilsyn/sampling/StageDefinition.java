package dk.tilsyn.sampling;

import java.util.function.Predicate;

import dk.tilsyn.model.Case;

/**
 * A case stage as the frame needs it: the event that completes it and the condition on the
 * case under which that event counts for this stage (e.g. the measure's kind).
 */
public record StageDefinition(String name, String completedBy, Predicate<Case> completedWhen) {

	public StageDefinition {
		completedWhen = completedWhen == null ? c -> true : completedWhen;
	}

	public StageDefinition(String name, String completedBy) {
		this(name, completedBy, null);
	}
}
