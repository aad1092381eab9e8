package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import dk.tilsyn.model.csv.CsvTable;
import dk.tilsyn.model.json.JsonOutput;

/**
 * A table a command writes on stdout, row by row (a million rows are never held): as CSV with a
 * header line ({@link CsvTable}), or as a JSON array with one object per line whose keys are the
 * column names ({@link JsonOutput#oneElementPerLine}). The cells come in the columns' order.
 */
abstract sealed class TableOutput {
	static TableOutput of(String format, Writer out, String... columns) throws IOException {
		return format.equals("json") ? new Json(out, columns) : new Csv(out, columns);
	}

	/** Text from outside the product or the concept's words: a spreadsheet shows it as text. */
	abstract TableOutput text(String text) throws IOException;

	/**
	 * What the product computed: a word or a date (a String), a count (a Long), a share (a
	 * {@link BigDecimal}, written with its scale); null when there is none.
	 */
	abstract TableOutput value(Object value) throws IOException;

	abstract void endRow() throws IOException;

	/** After the last row. */
	abstract void end() throws IOException;

	private static final class Csv extends TableOutput {
		private final CsvTable table;

		Csv(Writer out, String... columns) {
			table = CsvTable.withHeader(out, columns);
		}

		@Override
		TableOutput text(String text) {
			table.text(text);
			return this;
		}

		@Override
		TableOutput value(Object value) {
			table.value(value);
			return this;
		}

		@Override
		void endRow() {
			table.endRow();
		}

		@Override
		void end() {
			// a CSV table ends with its last row
		}
	}

	private static final class Json extends TableOutput {
		private final Writer out;
		private final List<String> columns;
		private final JsonGenerator json;
		private int column;

		Json(Writer out, String... columns) throws IOException {
			this.out = out;
			this.columns = List.of(columns);
			json = JsonOutput.oneElementPerLine(out);
			json.writeStartArray();
		}

		@Override
		TableOutput text(String text) throws IOException {
			return value(text);
		}

		@Override
		TableOutput value(Object value) throws IOException {
			if (column == 0) {
				json.writeStartObject();
			}
			json.writeFieldName(columns.get(column++));
			switch (value) {
			case null -> json.writeNull();
			case Long count -> json.writeNumber(count);
			case BigDecimal share -> json.writeNumber(share);
			default -> json.writeString(value.toString());
			}
			return this;
		}

		@Override
		void endRow() throws IOException {
			json.writeEndObject();
			column = 0;
		}

		@Override
		void end() throws IOException {
			json.writeEndArray();
			json.close();
			out.write('\n');
		}
	}
}
