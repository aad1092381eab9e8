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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.ReviewFactory;

/** Reads the two CSV tables of CASE-DATA.md, collecting every problem before giving up. */
public final class CaseFileReader {
	/** 10 digits DDMMYYXXXX, with or without a hyphen after the sixth, not inside a longer number. */
	private static final Pattern CPR = Pattern.compile("(?<![0-9])(\\d{2})(\\d{2})(\\d{2})-?\\d{4}(?![0-9])");
	private static final Pattern EXCEL_DAY = Pattern.compile("\\d{1,6}(\\.\\d+)?");
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Set<String> knownEvents;
	private final ColumnMapping mapping;
	private final List<Problem> problems = new ArrayList<>();

	public CaseFileReader(Collection<String> knownEvents, ColumnMapping mapping) {
		this.knownEvents = knownEvents == null ? null : Set.copyOf(knownEvents);
		this.mapping = mapping == null ? ColumnMapping.NONE : mapping;
	}

	/**
	 * Reads both tables: two CSV files, or one XLSX workbook (cases and events as its sheets
	 * named so, else its first two) when {@code casesFile} ends in .xlsx and eventsFile is null.
	 */
	public List<Case> read(Path casesFile, Path eventsFile) throws CaseFileException {
		Map<String, Case> cases = new LinkedHashMap<>();
		List<RawTable> raw;
		if (eventsFile == null && XlsxTables.isXlsx(casesFile)) {
			raw = XlsxTables.read(casesFile, problems);
			if (raw.isEmpty()) {
				throw new CaseFileException(problems);
			}
		} else {
			raw = new ArrayList<>();
			raw.add(csv(casesFile, "cases"));
			raw.add(eventsFile == null ? null : csv(eventsFile, "events"));
		}
		Table casesTable = raw.get(0) == null ? null : table(raw.get(0), List.of("case_id", "unit", "caseworker"));
		if (casesTable != null) {
			for (Row row : casesTable.rows) {
				readCase(row, cases);
			}
		}
		Table eventsTable = raw.get(1) == null ? null : table(raw.get(1), List.of("case_id", "event", "at"));
		if (eventsTable != null) {
			for (Row row : eventsTable.rows) {
				readEvent(row, cases);
			}
		}
		if (!problems.isEmpty()) {
			throw new CaseFileException(problems);
		}
		return new ArrayList<>(cases.values());
	}

	private void readCase(Row row, Map<String, Case> cases) {
		String id = row.required("case_id");
		String unit = row.required("unit");
		String caseworker = row.required("caseworker");
		if (id == null || unit == null || caseworker == null) {
			return;
		}
		Case c = ReviewFactory.eINSTANCE.createCase();
		c.setId(id);
		c.setUnit(unit);
		c.setCaseworker(caseworker);
		String birth = row.optional("birth_date");
		if (birth != null) {
			try {
				String text = dateTimeText(row, birth);
				c.setBirthDate(text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text));
			} catch (DateTimeParseException e) {
				row.problem("birth_date", NLS.bind(Messages.badDate, birth));
			}
		}
		c.setSiblingGroup(row.optional("sibling_group"));
		String flags = row.optional("flags");
		if (flags != null) {
			for (String flag : flags.split(";")) {
				if (!flag.isBlank()) {
					c.getFlags().add(flag.trim());
				}
			}
		}
		if (cases.putIfAbsent(id, c) != null) {
			row.problem("case_id", NLS.bind(Messages.duplicateCase, id));
		}
	}

	private void readEvent(Row row, Map<String, Case> cases) {
		String caseId = row.required("case_id");
		String name = row.required("event");
		String at = row.required("at");
		if (caseId == null || name == null || at == null) {
			return;
		}
		Case c = cases.get(caseId);
		if (c == null) {
			row.problem("case_id", NLS.bind(Messages.unknownCase, caseId));
			return;
		}
		if (knownEvents != null && !knownEvents.contains(name)) {
			row.problem("event", NLS.bind(Messages.unknownEvent, name));
			return;
		}
		CaseEvent event = ReviewFactory.eINSTANCE.createCaseEvent();
		event.setName(name);
		try {
			String text = dateTimeText(row, at);
			if (text.length() > 10) {
				LocalDateTime dateTime = LocalDateTime.parse(text);
				event.setDate(dateTime.toLocalDate());
				event.setTime(dateTime.toLocalTime());
			} else {
				event.setDate(LocalDate.parse(text));
			}
		} catch (DateTimeParseException e) {
			row.problem("at", NLS.bind(Messages.badDateTime, at));
			return;
		}
		event.setValue(row.optional("value"));
		c.getEvents().add(event);
	}

	/**
	 * A date (YYYY-MM-DD) or date and time as ISO text; in a workbook, Excel's day number
	 * (days since 1899-12-30, or 1904-01-01 in a 1904 workbook; the fraction the time of day)
	 * counts too.
	 */
	private static String dateTimeText(Row row, String value) {
		if (row.table.raw.sheet != null && EXCEL_DAY.matcher(value).matches()) {
			double days = Double.parseDouble(value);
			long whole = (long) Math.floor(days);
			long minutes = Math.round((days - whole) * 24 * 60);
			LocalDate base = row.table.raw.date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
			LocalDateTime at = base.plusDays(whole).atStartOfDay().plusMinutes(minutes);
			return minutes == 0 ? at.toLocalDate().toString() : at.toString();
		}
		return value;
	}

	/** The rows of a CSV file, or null when it cannot be used at all (the problem is recorded). */
	private RawTable csv(Path file, String table) {
		String text;
		try {
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
				raw.add((int) record.getRecordNumber(), record.toList());
			}
		} catch (IOException | RuntimeException e) {
			problems.add(new Problem(file, 0, null, NLS.bind(Messages.notCsv, e.getMessage())));
			return null;
		}
		return raw;
	}

	/** Finds the columns by header (after mapping), checks every value for CPR numbers. */
	private Table table(RawTable raw, List<String> requiredColumns) {
		Table table = new Table(raw);
		if (raw.rows.isEmpty()) {
			problems.add(raw.problem(1, null, Messages.noHeader));
			return null;
		}
		List<String> header = raw.rows.get(0).values();
		for (int i = 0; i < header.size(); i++) {
			String name = mapping.columnOf(raw.table, header.get(i).trim());
			table.columns.putIfAbsent(name, i);
		}
		for (String column : requiredColumns) {
			if (!table.columns.containsKey(column)) {
				problems.add(raw.problem(1, mapping.headerOf(raw.table, column), Messages.missingColumn));
			}
		}
		for (RawTable.RawRow row : raw.rows.subList(1, raw.rows.size())) {
			List<String> values = row.values();
			if (values.stream().allMatch(String::isBlank)) {
				continue; // an empty line
			}
			for (int i = 0; i < values.size(); i++) {
				checkCpr(raw, row.number(), table.columnName(i), values.get(i));
			}
			table.rows.add(new Row(table, row.number(), values));
		}
		boolean complete = requiredColumns.stream().allMatch(table.columns::containsKey);
		return complete ? table : null;
	}

	private void checkCpr(RawTable raw, int row, String column, String value) {
		Matcher m = CPR.matcher(value);
		while (m.find()) {
			int day = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && validDate(day, month, Integer.parseInt(m.group(3)))) {
				problems.add(raw.problem(row, column, Messages.cprNumber));
				return;
			}
		}
	}

	private static boolean validDate(int day, int month, int yy) {
		// the century is not in the number; a day valid in either candidate year counts
		for (int year : new int[] { 1900 + yy, 2000 + yy }) {
			try {
				LocalDate.of(year, month, day);
				return true;
			} catch (java.time.DateTimeException e) {
				// try the other century
			}
		}
		return false;
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

	private final class Table {
		final RawTable raw;
		final Map<String, Integer> columns = new HashMap<>();
		final List<Row> rows = new ArrayList<>();

		Table(RawTable raw) {
			this.raw = raw;
		}

		/** The column's name as the file has it, for messages. */
		String columnName(int index) {
			List<String> header = raw.rows.get(0).values();
			return index < header.size() && !header.get(index).isBlank() ? header.get(index).trim() : "#" + (index + 1);
		}
	}

	private final class Row {
		final Table table;
		final int number;
		final List<String> values;

		Row(Table table, int number, List<String> values) {
			this.table = table;
			this.number = number;
			this.values = values;
		}

		String optional(String column) {
			Integer index = table.columns.get(column);
			if (index == null || index >= values.size()) {
				return null;
			}
			String value = values.get(index).trim();
			return value.isEmpty() ? null : value;
		}

		String required(String column) {
			String value = optional(column);
			if (value == null) {
				problem(column, Messages.missingValue);
			}
			return value;
		}

		void problem(String column, String message) {
			Integer index = table.columns.get(column);
			problems.add(table.raw.problem(number, index == null ? column : table.columnName(index), message));
		}
	}
}
