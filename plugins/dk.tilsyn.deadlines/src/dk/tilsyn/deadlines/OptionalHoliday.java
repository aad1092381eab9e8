package dk.tilsyn.deadlines;

/** Days off that are not public holidays but that a rule may count as such. */
public enum OptionalHoliday {
	/** 5 June. */
	CONSTITUTION_DAY,
	/** 24 December. */
	CHRISTMAS_EVE,
	/** 31 December. */
	NEW_YEARS_EVE
}
