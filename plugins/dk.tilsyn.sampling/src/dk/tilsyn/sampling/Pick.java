package dk.tilsyn.sampling;

/** A unit drawn into a sample, with the stratum it was drawn from and its rank there. */
public record Pick(Unit unit, String stratum, String rank) {
}
