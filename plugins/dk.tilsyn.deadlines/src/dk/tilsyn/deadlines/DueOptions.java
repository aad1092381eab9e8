package dk.tilsyn.deadlines;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a due point is settled: the rounding of a month rule, whether a due day off rolls to the
 * next working day, and the optional days off the rule counts as holidays.
 */
public record DueOptions(Rounding rounding, boolean roll, Set<OptionalHoliday> holidays) {
	/** The DSL's defaults: no rounding chosen, no roll, no optional days off. */
	public static final DueOptions DEFAULT = new DueOptions(Rounding.ERROR, false, Set.of());

	public DueOptions {
		rounding = rounding == null ? Rounding.ERROR : rounding;
		holidays = holidays == null || holidays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(holidays));
	}

	public static DueOptions rounding(Rounding rounding) {
		return new DueOptions(rounding, false, Set.of());
	}
}
