package dk.tilsyn.deadlines;

/**
 * What a month or year rule does when the same day does not exist in the due month: DOWN to
 * its last day, UP to the first day of the next month, or ERROR (no choice was made: the
 * verdict is not evaluable rather than guessed).
 */
public enum Rounding {
	DOWN, UP, ERROR
}
