package dk.tilsyn.deadlines;

import java.time.LocalDateTime;
import java.util.function.Predicate;

import dk.tilsyn.deadlines.internal.Texts;

/**
 * One rule's definition under one law version: the section it rests on, what it requires, and
 * when it applies to a case ({@code condition} describes {@code applies} for a person).
 */
public final class RuleVersion {
	private final Law law;
	private final String section;
	private final Requirement requirement;
	private final Predicate<CaseFacts> applies;
	private final String condition;
	/** The requirement's anchor, kept here: read for every case and rule of a population. */
	private final String anchor;
	/** Derivations shared by every case the rule does not apply to (most of a population). */
	private final Verdict.Explanation conditionFails;
	private volatile NoAnchor noAnchor;

	private record NoAnchor(LocalDateTime asOf, Verdict.Explanation explanation) {
	}

	public RuleVersion(Law law, String section, Requirement requirement, Predicate<CaseFacts> applies,
			String condition) {
		this.law = law;
		this.section = section;
		this.requirement = requirement;
		this.applies = applies;
		this.condition = condition;
		this.anchor = requirement.anchor();
		String text = condition == null ? "" : condition;
		this.conditionFails = l -> Texts.get(l, "condition", text);
	}

	Verdict.Explanation conditionFails() {
		return conditionFails;
	}

	/** "A not recorded as of T: the obligation has not arisen", the same object for the same T. */
	Verdict.Explanation noAnchor(LocalDateTime asOf) {
		NoAnchor cached = noAnchor;
		if (cached == null || !cached.asOf().equals(asOf)) {
			String at = Format.dateTime(asOf);
			cached = new NoAnchor(asOf, l -> Texts.get(l, "noAnchor", anchor, at));
			noAnchor = cached;
		}
		return cached.explanation();
	}

	public RuleVersion(Law law, String section, Requirement requirement) {
		this(law, section, requirement, null, null);
	}

	public Law law() {
		return law;
	}

	public String section() {
		return section;
	}

	public Requirement requirement() {
		return requirement;
	}

	/** Whether the rule applies to a case; always, without a condition. */
	public boolean applies(CaseFacts c) {
		return applies == null || applies.test(c);
	}

	/** The condition as a lawyer wrote it, or null. */
	public String condition() {
		return condition;
	}

	public String anchor() {
		return anchor;
	}

	@Override
	public String toString() {
		return law.id() + " " + section + ": " + requirement;
	}
}
