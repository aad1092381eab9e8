package dk.tilsyn.cli.internal;

/**
 * What the command line prints for people: control characters escaped, counts with the right
 * form of their noun.
 */
final class Text {
	private Text() {
	}

	/**
	 * The text with every character that could move the cursor, colour the terminal or start a
	 * new line made visible ({@code \n}, {@code \r}, {@code \t}, {@code \u001b} ...): C0 and C1
	 * controls, DEL, the Unicode line separators and the bidirectional overrides. A file name or
	 * a title from someone else's file can then never forge a line of output.
	 */
	static String escape(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String visible = visible(c);
			if (visible != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				escaped.append(visible != null ? visible : String.valueOf(c));
			}
		}
		return escaped == null ? text : escaped.toString();
	}

	private static String visible(char c) {
		return switch (c) {
		case '\n' -> "\\n";
		case '\r' -> "\\r";
		case '\t' -> "\\t";
		default -> c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e'
				|| c >= '\u2066' && c <= '\u2069' ? "\\u%04x".formatted((int) c) : null;
		};
	}

	/**
	 * A count with its noun: {@code forms} is "singular|plural" (from the message files, e.g.
	 * "sag|sager"); 1 takes the singular, every other number the plural.
	 */
	static String count(long n, String forms) {
		int bar = forms.indexOf('|');
		String form = bar < 0 ? forms : n == 1 ? forms.substring(0, bar) : forms.substring(bar + 1);
		return n + " " + form;
	}
}
