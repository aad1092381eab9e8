package dk.tilsyn.model.csv;

/**
 * The fields of the product's CSV outputs (RFC 4180: quoted when they hold a delimiter, a quote
 * or a line break). Text that came from outside the product (a case export, a concept, the
 * command line) is written so that a spreadsheet shows it as text and never runs it as a
 * formula (OWASP, "CSV Injection"): when it begins with {@code = + - @}, a tab or a carriage
 * return, a single quote goes in front and the field is quoted. Values the product computed
 * (numbers, dates, counts, ranks) are written as they are: a negative number stays a number.
 */
public final class CsvFields {
	/** What a spreadsheet may read as the start of a formula (OWASP). */
	private static final String FORMULA_START = "=+-@\t\r";
	/** Excel's mark for "this is text"; it does not show in the cell. */
	private static final char TEXT_MARK = '\'';

	private CsvFields() {
	}

	/** A field of text from outside the product: neutralised when a spreadsheet would calculate it, quoted as needed. */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		// a text that begins with the mark gets one more, so that readText gives it back unchanged
		if (!text.isEmpty() && (FORMULA_START.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == TEXT_MARK)) {
			return quoted(TEXT_MARK + text);
		}
		return value(text);
	}

	/** A field the product computed (a number, a date, a count, its own identifiers): as it is, quoted as needed. */
	public static String value(Object value) {
		String field = value == null ? "" : value.toString();
		return needsQuotes(field) ? quoted(field) : field;
	}

	/** One line: the fields (already made by {@link #text} or {@link #value}), comma separated, and a line feed. */
	public static String line(String... fields) {
		return String.join(",", fields) + "\n";
	}

	/** The text that {@link #text} wrote, for readers of the product's own files: without the mark it put in front. */
	public static String readText(String field) {
		if (field != null && field.length() > 1 && field.charAt(0) == TEXT_MARK
				&& (FORMULA_START.indexOf(field.charAt(1)) >= 0 || field.charAt(1) == TEXT_MARK)) {
			return field.substring(1);
		}
		return field;
	}

	private static boolean needsQuotes(String field) {
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	private static String quoted(String field) {
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
