package dk.tilsyn.model.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The layouts of the JSON the product writes, all written by Jackson: {@link #pretty} for files
 * people read too (the audit record, a sample), {@link #compact} for one line, and
 * {@link #oneElementPerLine} for long arrays that line tools (grep, wc) read row by row.
 */
public final class JsonOutput {
	private static final JsonFactory FACTORY = new JsonFactory();

	private JsonOutput() {
	}

	/** What writes one JSON value. */
	@FunctionalInterface
	public interface Content {
		void write(JsonGenerator json) throws IOException;
	}

	/**
	 * Two spaces per level, {@code "key": value}, an element or entry per line, empty arrays
	 * and objects as {@code []} and {@code {}}; and a line feed at the end.
	 */
	public static String pretty(Content content) {
		return write(content, JsonOutput::prettyPrinted) + "\n";
	}

	/** On one line without spaces (no line feed at the end). */
	public static String compact(Content content) {
		return write(content, FACTORY::createGenerator);
	}

	/**
	 * A generator for a top-level array whose elements, each compact, stand on lines of their
	 * own, and {@code ]} on the last. Closing it leaves {@code out} open (it may be stdout).
	 */
	public static JsonGenerator oneElementPerLine(Writer out) throws IOException {
		JsonGenerator json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		json.setPrettyPrinter(new OneElementPerLine());
		return json;
	}

	/** Compact, with a line break before each element of the outermost array and before its end. */
	private static final class OneElementPerLine extends MinimalPrettyPrinter {
		private static final long serialVersionUID = 1L;
		private int depth;

		@Override
		public void writeStartArray(JsonGenerator json) throws IOException {
			depth++;
			super.writeStartArray(json);
		}

		@Override
		public void beforeArrayValues(JsonGenerator json) throws IOException {
			lineBreakInOutermost(json);
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
			super.writeArrayValueSeparator(json);
			lineBreakInOutermost(json);
		}

		@Override
		public void writeEndArray(JsonGenerator json, int values) throws IOException {
			lineBreakInOutermost(json);
			depth--;
			super.writeEndArray(json, values);
		}

		@Override
		public void writeStartObject(JsonGenerator json) throws IOException {
			depth++;
			super.writeStartObject(json);
		}

		@Override
		public void writeEndObject(JsonGenerator json, int entries) throws IOException {
			depth--;
			super.writeEndObject(json, entries);
		}

		private void lineBreakInOutermost(JsonGenerator json) throws IOException {
			if (depth == 1) {
				json.writeRaw('\n');
			}
		}
	}

	private static JsonGenerator prettyPrinted(Writer out) throws IOException {
		Separators separators = Separators.createDefaultInstance()
				.withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
				.withArrayEmptySeparator("");
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		JsonGenerator json = FACTORY.createGenerator(out);
		json.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
				.withArrayIndenter(indenter));
		return json;
	}

	private interface Generators {
		JsonGenerator open(Writer out) throws IOException;
	}

	private static String write(Content content, Generators generators) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = generators.open(text)) {
			content.write(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.toString();
	}
}
