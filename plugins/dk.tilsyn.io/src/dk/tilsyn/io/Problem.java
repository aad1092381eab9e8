package dk.tilsyn.io;

import java.nio.file.Path;

/**
 * One thing wrong in an input file, where a person can find it: file, row (1 = the header
 * line), column name, and what to do. Never contains the offending value when it may be
 * personal data (a CPR number).
 */
public record Problem(Path file, int row, String column, String message) {

	@Override
	public String toString() {
		String where = file.getFileName() + ":" + row;
		return column == null || column.isEmpty() ? where + ": " + message : where + ": " + column + ": " + message;
	}
}
