package dk.tilsyn.report;

import java.util.OptionalDouble;

/**
 * How often one question was answered yes. "Not relevant" is counted but left out of the
 * denominator: the share is yes / (yes + no), kept exact and rounded only for display.
 */
public record QuestionCompliance(String stageId, String stageTitle, String questionId, String text, int yes, int no,
		int notRelevant) {

	/** The answers that count: yes and no. */
	public int denominator() {
		return yes + no;
	}

	public OptionalDouble share() {
		return denominator() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) yes / denominator());
	}

	/** The share as a whole percentage, "94%", or "–" when nobody answered yes or no. */
	public String percent() {
		return share().isPresent() ? Math.round(share().getAsDouble() * 100) + "%" : "–";
	}
}
