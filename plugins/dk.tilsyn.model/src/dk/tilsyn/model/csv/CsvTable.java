package dk.tilsyn.model.csv;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV table the product writes, row by row: RFC 4180 with ',' and a line feed, quoted by
 * commons-csv where a field needs it. Each cell is either {@link #text text from outside the
 * product}, which a spreadsheet must never run as a formula ({@link CsvFields}), or a
 * {@link #value value the product computed}, written as it is.
 */
public final class CsvTable {
	/** The product's CSV: RFC 4180, but lines end in a line feed as every file the product writes. */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
	/** For text marked as text: OWASP asks for the quotes too, whatever the text holds. */
	private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

	private final Appendable out;
	private boolean newRow = true;

	private CsvTable(Appendable out) {
		this.out = out;
	}

	/** A table written to {@code out}, starting with a header row of these column names. */
	public static CsvTable withHeader(Appendable out, String... columns) {
		CsvTable table = new CsvTable(out);
		for (String column : columns) {
			table.value(column);
		}
		return table.endRow();
	}

	/** A table without a header (one field or row at a time, for {@link CsvFields}). */
	static CsvTable of(Appendable out) {
		return new CsvTable(out);
	}

	/** A cell of text from outside the product: marked as text when a spreadsheet would calculate it. */
	public CsvTable text(String text) {
		String marked = CsvFields.markedAsText(text);
		return marked == null ? value(text) : print(QUOTED, marked);
	}

	/** A cell the product computed (a number, a date, a count, its own identifiers). */
	public CsvTable value(Object value) {
		// an empty field is written empty, not as "" (which commons-csv writes for an empty first field)
		return print(FORMAT, value == null || value.toString().isEmpty() ? null : value.toString());
	}

	/** Ends the row. */
	public CsvTable endRow() {
		try {
			FORMAT.println(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		newRow = true;
		return this;
	}

	private CsvTable print(CSVFormat format, String field) {
		try {
			format.print(field, out, newRow);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		newRow = false;
		return this;
	}
}
