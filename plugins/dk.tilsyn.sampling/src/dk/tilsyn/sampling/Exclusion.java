package dk.tilsyn.sampling;

/**
 * A unit (or, for a rule over decisions, a case) left out of a frame, and why. The detail
 * says what made the reason apply (the flag, the age on the cut-off, the eldest sibling).
 */
public record Exclusion(String caseId, String stage, Reason reason, String detail) {

	public enum Reason {
		/** The case has a flag the model excludes. */
		FLAG("flag"),
		/** The child's age on the cut-off date is outside the model's range. */
		AGE("age"),
		/** The model needs the child's age and the birth date is not known. */
		BIRTH_DATE_UNKNOWN("birth_date_unknown"),
		/** Only the eldest child of a sibling group is drawn. */
		NOT_ELDEST_SIBLING("not_eldest_sibling");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		/** The reason's code in the JSON audit record. */
		public String code() {
			return code;
		}
	}
}
