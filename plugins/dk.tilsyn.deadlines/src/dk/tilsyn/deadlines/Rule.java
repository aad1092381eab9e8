package dk.tilsyn.deadlines;

import java.util.List;

/** A rule id, stable across law versions, with one definition per version. */
public record Rule(String id, String title, List<RuleVersion> versions) {
	public Rule {
		versions = List.copyOf(versions);
	}
}
