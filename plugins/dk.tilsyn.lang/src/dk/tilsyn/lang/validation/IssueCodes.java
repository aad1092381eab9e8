package dk.tilsyn.lang.validation;

/**
 * Every issue code of the concept language, in one place: quick fixes, tests and the command
 * line's output ({@code file:line:col: error: CODE: message}) refer to these.
 */
public interface IssueCodes {
	String PREFIX = "dk.tilsyn.lang.";

	/** Two questions of one concept share an id. */
	String DUPLICATE_QUESTION_ID = PREFIX + "duplicate_question_id";
	/** Two stages of one concept share an id. */
	String DUPLICATE_STAGE_ID = PREFIX + "duplicate_stage_id";
	/** A reference names nothing that is declared (reported by the linker). */
	String UNRESOLVED_REFERENCE = PREFIX + "unresolved_reference";
	/** The text does not follow the grammar (reported by the parser). */
	String SYNTAX_ERROR = PREFIX + "syntax_error";
}
