package dk.tilsyn.sampling.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;

/** SHA-256 and the byte order the specification sorts by. */
public final class Sha256 {
	private Sha256() {
	}

	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/**
	 * The byte order of the strings' UTF-8 encodings (= code point order), which differs from
	 * {@link String#compareTo} only for characters outside the Basic Multilingual Plane.
	 */
	public static final Comparator<String> UTF8_ORDER = Sha256::compareUtf8;

	public static boolean hasSurrogate(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isSurrogate(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	public static int compareUtf8(String a, String b) {
		int n = Math.min(a.length(), b.length());
		for (int i = 0; i < n; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (x >= 0xD800 && y >= 0xD800) {
					// surrogates (code points above U+FFFF) sort after U+E000..U+FFFF in UTF-8
					x = (char) (x >= 0xE000 ? x - 0x800 : x + 0x2000);
					y = (char) (y >= 0xE000 ? y - 0x800 : y + 0x2000);
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}
}
