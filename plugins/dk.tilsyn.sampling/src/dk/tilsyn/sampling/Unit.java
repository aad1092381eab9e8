package dk.tilsyn.sampling;

import java.time.LocalDate;
import java.util.Set;

/**
 * A sampling unit: a case in one stage, with what strata are made of: the case's unit and
 * caseworker, the date the stage was completed in the period (for strata per month) and the
 * case's flags (for sub-quotas).
 */
public record Unit(String caseId, String stage, String unit, String caseworker, LocalDate completed,
		Set<String> flags) {

	public Unit {
		flags = flags == null ? Set.of() : Set.copyOf(flags);
	}

	public Unit(String caseId, String stage, String unit, String caseworker) {
		this(caseId, stage, unit, caseworker, null, Set.of());
	}

	/** The unit's line in the canonical frame: {@code case_id,stage,unit,caseworker}. */
	public String frameLine() {
		return caseId + ',' + stage + ',' + unit + ',' + caseworker;
	}
}
