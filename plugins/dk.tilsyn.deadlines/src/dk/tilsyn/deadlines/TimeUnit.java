package dk.tilsyn.deadlines;

/** The units a deadline is stated in (docs/DEADLINES.md, "Due points"). */
public enum TimeUnit {
	HOURS, DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS
}
