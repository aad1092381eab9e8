package dk.tilsyn.model.csv;

/**
 * The fields of the product's CSV outputs, which {@link CsvTable} writes (RFC 4180 by
 * commons-csv: quoted when they hold a delimiter, a quote or a line break). Text that came from
 * outside the product (a case export, a concept, the command line) is written so that a
 * spreadsheet shows it as text and never runs it as a formula (OWASP, "CSV Injection"): when it
 * begins with {@code = + - @}, a tab or a carriage return, a single quote goes in front and the
 * field is quoted. Values the product computed (numbers, dates, counts, ranks) are written as
 * they are: a negative number stays a number.
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
		StringBuilder field = new StringBuilder();
		CsvTable.of(field).text(text);
		return field.toString();
	}

	/** A field the product computed (a number, a date, a count, its own identifiers): as it is, quoted as needed. */
	public static String value(Object value) {
		StringBuilder field = new StringBuilder();
		CsvTable.of(field).value(value);
		return field.toString();
	}

	/** One line of fields already made by {@link #text} or {@link #value}: the format's delimiter between them, its line end after. */
	public static String line(String... fields) {
		return String.join(CsvTable.FORMAT.getDelimiterString(), fields) + CsvTable.FORMAT.getRecordSeparator();
	}

	/** The text that {@link #text} wrote, for readers of the product's own files: without the mark it put in front. */
	public static String readText(String field) {
		if (field != null && field.length() > 1 && field.charAt(0) == TEXT_MARK && startsLikeAFormula(field.substring(1))) {
			return field.substring(1);
		}
		return field;
	}

	/**
	 * The text with the mark in front when a spreadsheet could calculate it, else null. A text that
	 * begins with the mark gets one more, so that {@link #readText} gives it back unchanged.
	 */
	static String markedAsText(String text) {
		return text != null && startsLikeAFormula(text) ? TEXT_MARK + text : null;
	}

	private static boolean startsLikeAFormula(String text) {
		return !text.isEmpty() && (FORMULA_START.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == TEXT_MARK);
	}
}
