package dk.tilsyn.sampling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rank of a sampling unit: SHA-256 of {@code seed|round|level|stratum|case_id|stage} in
 * UTF-8, as lowercase hex. Anyone can recompute it from the published seed, so a sample can be
 * shown not to have been picked by hand.
 */
public final class Rank {
	private Rank() {
	}

	public static String of(String seed, String round, int level, String stratum, String caseId, String stage) {
		String key = String.join("|", seed, round, Integer.toString(level), stratum, caseId, stage);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
