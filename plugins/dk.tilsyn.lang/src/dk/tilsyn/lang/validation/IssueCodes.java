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

	/** Two laws of one file share an id. Fix: rename. */
	String DUPLICATE_LAW_ID = PREFIX + "duplicate_law_id";
	/** Two events of one file share an id. Fix: rename. */
	String DUPLICATE_EVENT_ID = PREFIX + "duplicate_event_id";
	/** Two flags of one file share an id. Fix: rename. */
	String DUPLICATE_FLAG_ID = PREFIX + "duplicate_flag_id";
	/** Two themes of one file share an id. Fix: rename. */
	String DUPLICATE_THEME_ID = PREFIX + "duplicate_theme_id";
	/** An id declared here and in an imported library (two rules, two verdicts). Fix: remove one. */
	String ID_DECLARED_IN_IMPORT = PREFIX + "id_declared_in_import";

	/** An import by URL, by an absolute path, out of the concept's folder tree, or of a non-.tilsyn file. */
	String IMPORT_REFUSED = PREFIX + "import_refused";
	/** An imported file that does not exist, is no regular file (a folder, a pipe, a device), is a link out of the folder or is too large. */
	String IMPORT_NOT_FOUND = PREFIX + "import_not_found";
	/** An imported file that is empty, binary or not a concept or library. */
	String IMPORT_NOT_A_CONCEPT = PREFIX + "import_not_a_concept";
	/** An imported library with syntax or reference errors of its own. */
	String IMPORTED_FILE_HAS_ERRORS = PREFIX + "imported_file_has_errors";

	/** A date that does not exist (2017-02-30, month 13). */
	String INVALID_DATE = PREFIX + "invalid_date";
	/** A law in force from a date after the date it ends. */
	String LAW_VALIDITY_REVERSED = PREFIX + "law_validity_reversed";

	/** A condition nested deeper than the language allows (parentheses, "ikke"). */
	String NESTING_TOO_DEEP = PREFIX + "nesting_too_deep";
	/** A condition of more parts (joined by og/eller) than the language allows. */
	String CONDITION_TOO_LONG = PREFIX + "condition_too_long";

	/** A draw "udtræk N til M" with M below N. */
	String DRAW_RANGE_REVERSED = PREFIX + "draw_range_reversed";
	/** The quotas of a draw ("fordelt på") add up to more than the draw. */
	String QUOTAS_EXCEED_DRAW = PREFIX + "quotas_exceed_draw";
	/** Two levels of one sampling model share a number. */
	String DUPLICATE_LEVEL = PREFIX + "duplicate_level";
	/** A level number outside 1–4. */
	String LEVEL_OUT_OF_RANGE = PREFIX + "level_out_of_range";
	/** A frame "niveau N" naming a level the model does not have. */
	String FRAME_LEVEL_MISSING = PREFIX + "frame_level_missing";
	/** A frame "niveau N" naming the level itself or a later one. */
	String FRAME_LEVEL_NOT_EARLIER = PREFIX + "frame_level_not_earlier";
	/** A sampling model with no level, no selection and no service: it draws nothing. */
	String MODEL_WITHOUT_LEVELS = PREFIX + "model_without_levels";
	/** A number of cases (or of times, or a duration) beyond what the language accepts. */
	String NUMBER_OUT_OF_RANGE = PREFIX + "number_out_of_range";

	/** A question's text differs from the same id's text in the previous concept version (warning). */
	String TEXT_CHANGED_SINCE_PREVIOUS = PREFIX + "text_changed_since_previous";
}
