package dk.tilsyn.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import dk.tilsyn.io.internal.CaseFileReader;
import dk.tilsyn.io.internal.ColumnMapping;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.csv.CsvTable;

/**
 * A case population as the case system exports it (docs/CASE-DATA.md): a cases table and an events
 * table, CSV. Reading validates everything before returning anything.
 */
public final class CaseFiles {
	private CaseFiles() {
	}

	/**
	 * How much an import reads before it refuses: {@code maxBytes} of a CSV file, or of a
	 * workbook unpacked (a workbook is a ZIP, and a small one can unpack to gigabytes);
	 * {@code maxRows} rows of a sheet, the header counted; {@code maxValues} values (cells,
	 * empty ones too) of both tables together, which is what takes memory.
	 */
	public record Limits(long maxBytes, int maxRows, long maxValues) {
		/** 512 MiB; Excel's own limit of rows in a sheet; 20 million values (1 million events have 4 million). */
		public static final Limits DEFAULT = new Limits(512L * 1024 * 1024, 1_048_576, 20_000_000);
	}

	/**
	 * Reads and checks both files: UTF-8 (with or without BOM) or Windows-1252, ',' or ';'
	 * delimited, quoted fields, CRLF. Columns are found by header name, case-insensitively.
	 *
	 * @param knownEvents the events the concept and its libraries declare: an event they do not
	 *                    declare, or a value that does not fit its declaration, is a problem; the
	 *                    time of day of an event counted in days is not kept. Null accepts any
	 *                    event with any value.
	 * @throws CaseFileException listing every problem (row and column), when there is any
	 */
	public static List<Case> read(Path cases, Path events, Collection<EventDeclaration> knownEvents)
			throws CaseFileException {
		return read(cases, events, null, knownEvents);
	}

	/**
	 * As {@link #read(Path, Path, Collection)}, and: {@code cases} may be an XLSX workbook with
	 * both tables as sheets (then {@code events} is null); {@code mapping}, when not null, is a
	 * properties file renaming another export's columns ({@code case_id = Sagsnummer},
	 * {@code events.at = Dato}).
	 */
	public static List<Case> read(Path cases, Path events, Path mapping, Collection<EventDeclaration> knownEvents)
			throws CaseFileException {
		return read(cases, events, mapping, knownEvents, Limits.DEFAULT);
	}

	/** As {@link #read(Path, Path, Path, Collection)}, within other limits than the default. */
	public static List<Case> read(Path cases, Path events, Path mapping, Collection<EventDeclaration> knownEvents,
			Limits limits) throws CaseFileException {
		ColumnMapping columns = mapping == null ? null : ColumnMapping.read(mapping);
		return new CaseFileReader(knownEvents, columns, limits).read(cases, events);
	}

	/**
	 * Writes cases.csv and events.csv (UTF-8, ',' delimited) into a folder. Imported text that a
	 * spreadsheet would take for a formula is marked as text ({@link CsvTable#text}); reading the
	 * files again gives the same cases.
	 */
	public static void write(List<Case> cases, Path folder) {
		StringBuilder casesCsv = new StringBuilder();
		StringBuilder eventsCsv = new StringBuilder();
		CsvTable caseRows = CsvTable.withHeader(casesCsv, "case_id", "unit", "caseworker", "birth_date", "sibling_group",
				"flags");
		CsvTable eventRows = CsvTable.withHeader(eventsCsv, "case_id", "event", "at", "value");
		for (Case c : cases) {
			caseRows.text(c.getId()).text(c.getUnit()).text(c.getCaseworker()).value(c.getBirthDate())
					.text(c.getSiblingGroup()).text(String.join(";", c.getFlags())).endRow();
			for (CaseEvent e : c.getEvents()) {
				eventRows.text(c.getId()).text(e.getName()).value(CaseFileReader.atText(e.getDate(), e.getTime()))
						.text(e.getValue()).endRow();
			}
		}
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("cases.csv"), casesCsv, StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("events.csv"), eventsCsv, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
