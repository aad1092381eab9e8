package dk.tilsyn.sampling;

/** A sampling unit: a case in one stage, with what strata are made of. */
public record Unit(String caseId, String stage, String unit, String caseworker) {
}
