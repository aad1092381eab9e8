package dk.tilsyn.sampling;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.HexFormat;

import dk.tilsyn.sampling.internal.Sha256;
import dk.tilsyn.sampling.internal.Utf8Buffer;

/**
 * The rank of a sampling unit: SHA-256 of {@code seed|round|level|stratum|case_id|stage} in
 * UTF-8, as lowercase hex. Anyone can recompute it from the published seed, so a sample can be
 * shown not to have been picked by hand. The draw ranks with this class ({@link InStratum}), so
 * the published formula is the one that picks.
 */
public final class Rank {
	private Rank() {
	}

	public static String of(String seed, String round, int level, String stratum, String caseId, String stage) {
		byte[] digest = new byte[InStratum.LENGTH];
		new InStratum(seed, round, level, stratum).digest(caseId, stage, digest);
		return hex(digest);
	}

	/** A digest as the rank is published: lowercase hex. */
	static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}

	/**
	 * The ranks of one stratum's units: the key's common part is encoded once and each unit
	 * costs one digest, without a String (a stratum can hold a million units). Not thread-safe.
	 */
	static final class InStratum {
		static final int LENGTH = 32;
		private final int prefixLength;
		private final MessageDigest sha256 = Sha256.digest();
		private final Utf8Buffer key = new Utf8Buffer(256);

		InStratum(String seed, String round, int level, String stratum) {
			key.append(String.join("|", seed, round, Integer.toString(level), stratum, "").getBytes(StandardCharsets.UTF_8));
			prefixLength = key.length();
		}

		/** Writes the unit's rank, as bytes, into {@code rank} (32 bytes). */
		void digest(String caseId, String stage, byte[] rank) {
			key.setLength(prefixLength);
			key.append(caseId).append('|').append(stage);
			key.updateTo(sha256);
			try {
				sha256.digest(rank, 0, LENGTH);
			} catch (DigestException e) {
				throw new IllegalStateException("SHA-256 writes 32 bytes", e);
			}
		}
	}
}
