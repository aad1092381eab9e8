package dk.tilsyn.deadlines;

/** The windows of a frequency rule. */
public enum Window {
	/** start + 12(i-1) months up to start + 12i months (the default). */
	PLACEMENT_YEAR,
	/** 1 January to 31 December, the first whole year on or after the start. */
	CALENDAR_YEAR
}
