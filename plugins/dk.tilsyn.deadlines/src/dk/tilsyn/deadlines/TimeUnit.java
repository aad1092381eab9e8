package dk.tilsyn.deadlines;

/** The units a deadline is stated in (DEADLINES.md, "Durations and due points"). */
public enum TimeUnit {
	HOURS, DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS
}
