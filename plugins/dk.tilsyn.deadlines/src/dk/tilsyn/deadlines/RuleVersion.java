package dk.tilsyn.deadlines;

import java.util.function.Predicate;

/**
 * One rule's definition under one law version: the section it rests on, what it requires, and
 * when it applies to a case ({@code condition} describes {@code applies} for a person).
 */
public record RuleVersion(Law law, String section, Requirement requirement, Predicate<CaseFacts> applies,
		String condition) {
	public RuleVersion {
		applies = applies == null ? c -> true : applies;
	}

	public RuleVersion(Law law, String section, Requirement requirement) {
		this(law, section, requirement, null, null);
	}
}
