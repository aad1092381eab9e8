package dk.tilsyn.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;

/**
 * The tables of one import's CSV files: UTF-8 (with or without BOM) or Windows-1252, ',' or
 * ';' as the header line uses most, RFC 4180 quoting. The values of all its files count
 * together against {@link CaseFiles.Limits#maxValues()}.
 */
final class CsvTables {
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final CaseFiles.Limits limits;
	private final List<Problem> problems;
	/** The values (cells) of the files read so far. */
	private long valuesRead;

	CsvTables(CaseFiles.Limits limits, List<Problem> problems) {
		this.limits = limits;
		this.problems = problems;
	}

	/** The rows of a CSV file, or null when it cannot be used at all (the problem is recorded). */
	RawTable read(Path file, String table) {
		String text;
		try {
			if (Files.size(file) > limits.maxBytes()) {
				problems.add(new Problem(file, 0, null, NLS.bind(Messages.fileTooLarge, Messages.size(limits.maxBytes()))));
				return null;
			}
			text = decode(Files.readAllBytes(file));
		} catch (IOException e) {
			problems.add(new Problem(file, 0, null, NLS.bind(Messages.cannotRead, e.getMessage())));
			return null;
		}
		int firstLineEnd = text.indexOf('\n');
		String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		RawTable raw = new RawTable(file, null, table);
		try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				valuesRead += record.size();
				if (valuesRead > limits.maxValues()) {
					problems.add(new Problem(file, (int) record.getRecordNumber(), null,
							NLS.bind(Messages.tooManyValues, Long.toString(limits.maxValues()))));
					return null;
				}
				raw.add((int) record.getRecordNumber(), record.toList(), null);
			}
		} catch (IOException | RuntimeException e) {
			problems.add(new Problem(file, 0, null, NLS.bind(Messages.notCsv, e.getMessage())));
			return null;
		}
		return raw;
	}

	/** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252 (Danish Excel). */
	static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, WINDOWS_1252);
		}
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(x -> x == c).count();
	}
}
