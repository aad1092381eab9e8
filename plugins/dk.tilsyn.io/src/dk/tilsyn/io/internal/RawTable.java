package dk.tilsyn.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dk.tilsyn.io.Problem;

/** A table as read from a CSV file or a workbook sheet: rows of text, the first the header. */
final class RawTable {
	final Path file;
	final String sheet;
	/** "cases" or "events": which table of docs/CASE-DATA.md this is, for the column mapping. */
	final String table;
	final List<RawRow> rows = new ArrayList<>();
	/** A workbook that counts days from 1904 (old Mac Excel) rather than from 1900. */
	boolean date1904;

	RawTable(Path file, String sheet, String table) {
		this.file = file;
		this.sheet = sheet;
		this.table = table;
	}

	/** @param numbers the cells that were numbers in a workbook (null: none) */
	void add(int number, List<String> values, BitSet numbers) {
		rows.add(new RawRow(number, values, numbers));
	}

	Problem problem(int row, String column, String message) {
		return new Problem(file, sheet, row, column, message);
	}

	record RawRow(int number, List<String> values, BitSet numbers) {
		/** Whether the cell was a number in a workbook (its text is the number's digits). */
		boolean isNumber(int index) {
			return numbers != null && numbers.get(index);
		}
	}
}
