package dk.tilsyn.lang.validation;

/**
 * Every issue code of the concept language, in one place: quick fixes, tests and the command
 * line's output ({@code file:line:col: error: CODE: message}) refer to these.
 */
public interface IssueCodes {
	String PREFIX = "dk.tilsyn.lang.";

	/** The text does not follow the grammar (reported by the parser). */
	String SYNTAX_ERROR = PREFIX + "syntax_error";
	/** A reference names nothing that is declared or imported (reported by the linker). Fix: declare it. */
	String UNRESOLVED_REFERENCE = PREFIX + "unresolved_reference";

	/** Two questions of one concept share an id. Fix: rename. */
	String DUPLICATE_QUESTION_ID = PREFIX + "duplicate_question_id";
	/** Two stages of one concept share an id. Fix: rename. */
	String DUPLICATE_STAGE_ID = PREFIX + "duplicate_stage_id";
	/** Two rules share an id. Fix: rename. */
	String DUPLICATE_RULE_ID = PREFIX + "duplicate_rule_id";
	/** Two sampling models share a name. Fix: rename. */
	String DUPLICATE_MODEL_ID = PREFIX + "duplicate_model_id";
	/** Two questions of one stage have the same text (warning). */
	String DUPLICATE_QUESTION_TEXT = PREFIX + "duplicate_question_text";

	/** A question's condition refers to the question itself. */
	String CONDITION_ON_ITSELF = PREFIX + "condition_on_itself";
	/** A question's condition refers to a question that is answered later. */
	String CONDITION_ON_LATER_QUESTION = PREFIX + "condition_on_later_question";
	/** Questions whose conditions depend on each other in a circle. */
	String CONDITION_CYCLE = PREFIX + "condition_cycle";
	/** A comparison of values of different kinds (a yes/no answer with a number, ...). */
	String INCOMPATIBLE_COMPARISON = PREFIX + "incompatible_comparison";
	/** A condition that can never hold. */
	String UNSATISFIABLE_CONDITION = PREFIX + "unsatisfiable_condition";

	/** A month or year rule that does not say how a missing day rounds. Fix: add "afrundet ned". */
	String MISSING_ROUNDING = PREFIX + "missing_rounding";
	/** An hour rule on an event that has only a date. */
	String WRONG_EVENT_PRECISION = PREFIX + "wrong_event_precision";
	/** Two definitions of a rule belong to law versions in force at the same time. */
	String LAW_VERSIONS_OVERLAP = PREFIX + "law_versions_overlap";
	/** The law versions of a rule's definitions leave days that no definition covers. */
	String LAW_VERSIONS_GAP = PREFIX + "law_versions_gap";

	/** A sampling level draws more cases than its frame (the level below) holds. */
	String LEVEL_EXCEEDS_FRAME = PREFIX + "level_exceeds_frame";
	/** The sub-quotas of a quota add up to more than the quota. */
	String SUBQUOTA_EXCEEDS_QUOTA = PREFIX + "subquota_exceeds_quota";

	/** A question's text differs from the same id's text in the previous concept version (warning). */
	String TEXT_CHANGED_SINCE_PREVIOUS = PREFIX + "text_changed_since_previous";
}
