package dk.tilsyn.io;

import java.nio.file.Path;

/**
 * One thing wrong in an input file, where a person can find it: file (and sheet, in a
 * workbook), row (1 = the header line), column name, and what to do. Never contains the
 * offending value when it may be personal data (a CPR number).
 */
public record Problem(Path file, String sheet, int row, String column, String message) {

	public Problem(Path file, int row, String column, String message) {
		this(file, null, row, column, message);
	}

	@Override
	public String toString() {
		String where = file.getFileName() + (sheet == null ? "" : "[" + sheet + "]") + ":" + row;
		return column == null || column.isEmpty() ? where + ": " + message : where + ": " + column + ": " + message;
	}
}
