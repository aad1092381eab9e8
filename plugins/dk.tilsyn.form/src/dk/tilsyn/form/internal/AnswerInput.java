package dk.tilsyn.form.internal;

import dk.tilsyn.model.AnswerValue;

/**
 * The input of one question, by its answer kind: ja / nej / ikke relevant as radio buttons, a
 * choice as a list, a number, a date or free text as a field.
 */
sealed interface AnswerInput permits YesNoInput, ChoiceInput, FieldInput {

	/** The ja / nej / ikke relevant answer, or null (always null for other kinds). */
	default AnswerValue value() {
		return null;
	}

	/** The answer of another kind: an option's id, a number, a date or text; null when empty. */
	default String text() {
		return null;
	}

	/** Selects a ja / nej / ikke relevant answer; null clears it. Ignored by other kinds. */
	default void select(AnswerValue value) {
	}

	/** Shows an answer of another kind; null clears it. Ignored by ja / nej questions. */
	default void setText(String value) {
	}

	/** Why the typed answer cannot be saved, or null. */
	default String problem() {
		return null;
	}

	void setEnabled(boolean enabled);
}
