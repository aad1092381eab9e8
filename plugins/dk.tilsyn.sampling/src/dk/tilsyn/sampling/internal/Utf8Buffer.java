package dk.tilsyn.sampling.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/** Text encoded as UTF-8 into a reusable byte array, without a String per line (ASCII fast). */
public final class Utf8Buffer {
	private byte[] bytes;
	private int length;

	public Utf8Buffer(int capacity) {
		bytes = new byte[capacity];
	}

	public Utf8Buffer append(String s) {
		int n = s.length();
		ensure(n);
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (c >= 0x80) {
				// not ASCII: let the JDK encode the rest of the string
				byte[] encoded = s.substring(i).getBytes(StandardCharsets.UTF_8);
				ensure(encoded.length);
				System.arraycopy(encoded, 0, bytes, length, encoded.length);
				length += encoded.length;
				return this;
			}
			bytes[length++] = (byte) c;
		}
		return this;
	}

	public Utf8Buffer append(char ascii) {
		ensure(1);
		bytes[length++] = (byte) ascii;
		return this;
	}

	public Utf8Buffer append(byte[] encoded) {
		ensure(encoded.length);
		System.arraycopy(encoded, 0, bytes, length, encoded.length);
		length += encoded.length;
		return this;
	}

	public byte[] toByteArray() {
		return Arrays.copyOf(bytes, length);
	}

	public int length() {
		return length;
	}

	public void setLength(int newLength) {
		length = newLength;
	}

	public void updateTo(MessageDigest digest) {
		digest.update(bytes, 0, length);
	}

	public void flushTo(MessageDigest digest) {
		updateTo(digest);
		length = 0;
	}

	private void ensure(int more) {
		if (length + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
		}
	}
}
