package dk.tilsyn.deadlines;

import dk.tilsyn.deadlines.Verdict.Explanation;

/** A due point that cannot be worked out for this case; cheap, it is expected. */
final class NotEvaluable extends RuntimeException {
	private static final long serialVersionUID = 1L;
	final transient Explanation explanation;

	NotEvaluable(Explanation explanation) {
		super(null, null, false, false);
		this.explanation = explanation;
	}
}
