package dk.tilsyn.sampling;

/**
 * The audit line of one stratum of a draw: how many units it had, how many were asked for,
 * how many were taken and how many were missing. {@code filledFrom} names the stratum whose
 * shortfall this one fills ("fyld fra"); null for an ordinary stratum.
 */
public record Stratum(String key, int size, int k, int picked, String filledFrom) {

	public int shortfall() {
		return k - picked;
	}
}
