package dk.tilsyn.deadlines;

/** What a rule requires once its anchor event has happened; the DSL's Requirement. */
public sealed interface Requirement {

	/** The event that makes the obligation arise; its date chooses the law version. */
	String anchor();

	/** {@code fra A til B inden N}: B at the latest at anchor + duration. */
	record Deadline(String anchor, String target, Duration duration, DueOptions due) implements Requirement {
		public Deadline {
			due = due == null ? DueOptions.DEFAULT : due;
		}
	}

	/** {@code B senest ved A}: B on or before the date of A. */
	record Before(String target, String anchor) implements Requirement {
	}

	/**
	 * {@code fra A første B inden F, derefter hver E} or {@code ... derefter efter rytme R ellers E}:
	 * the first B within F of A, each later one within E (or the months of the latest rhythm event
	 * R) of the previous one.
	 */
	record Recurring(String anchor, String target, Duration first, Duration every, String rhythm, DueOptions due)
			implements Requirement {
		public Recurring {
			due = due == null ? DueOptions.DEFAULT : due;
			if (every == null) {
				throw new IllegalArgumentException("A recurring rule needs an interval (or a fallback for its rhythm)");
			}
		}
	}

	/** {@code fra A mindst K B pr. vindue}. */
	record Frequency(String anchor, int count, String target, Window window) implements Requirement {
		public Frequency {
			window = window == null ? Window.PLACEMENT_YEAR : window;
		}
	}
}
