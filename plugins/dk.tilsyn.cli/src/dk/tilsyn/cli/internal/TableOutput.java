package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.Writer;
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

	/** A word or a date the product wrote itself (a verdict, a due date). */
	abstract TableOutput value(String value) throws IOException;

	abstract TableOutput number(long number) throws IOException;

	/** A decimal number as written ({@code 0.7500}); null when there is none. */
	abstract TableOutput decimal(String decimal) throws IOException;

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
		TableOutput value(String value) {
			table.value(value);
			return this;
		}

		@Override
		TableOutput number(long number) {
			table.value(number);
			return this;
		}

		@Override
		TableOutput decimal(String decimal) {
			table.value(decimal);
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

		private JsonGenerator next() throws IOException {
			if (column == 0) {
				json.writeStartObject();
			}
			json.writeFieldName(columns.get(column++));
			return json;
		}

		@Override
		TableOutput text(String text) throws IOException {
			next().writeString(text);
			return this;
		}

		@Override
		TableOutput value(String value) throws IOException {
			next().writeString(value);
			return this;
		}

		@Override
		TableOutput number(long number) throws IOException {
			next().writeNumber(number);
			return this;
		}

		@Override
		TableOutput decimal(String decimal) throws IOException {
			if (decimal == null) {
				next().writeNull();
			} else {
				next().writeNumber(decimal);
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
