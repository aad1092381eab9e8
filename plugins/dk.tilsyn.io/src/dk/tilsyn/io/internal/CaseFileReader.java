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
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Set<String> knownEvents;
	private final List<Problem> problems = new ArrayList<>();

	public CaseFileReader(Collection<String> knownEvents) {
		this.knownEvents = knownEvents == null ? null : Set.copyOf(knownEvents);
	}

	public List<Case> read(Path casesFile, Path eventsFile) throws CaseFileException {
		Map<String, Case> cases = new LinkedHashMap<>();
		Table casesTable = table(casesFile, List.of("case_id", "unit", "caseworker"));
		if (casesTable != null) {
			for (Row row : casesTable.rows) {
				readCase(row, cases);
			}
		}
		Table eventsTable = table(eventsFile, List.of("case_id", "event", "at"));
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
				c.setBirthDate(LocalDate.parse(birth));
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
			if (at.length() > 10) {
				LocalDateTime dateTime = LocalDateTime.parse(at);
				event.setDate(dateTime.toLocalDate());
				event.setTime(dateTime.toLocalTime());
			} else {
				event.setDate(LocalDate.parse(at));
			}
		} catch (DateTimeParseException e) {
			row.problem("at", NLS.bind(Messages.badDateTime, at));
			return;
		}
		event.setValue(row.optional("value"));
		c.getEvents().add(event);
	}

	/** The parsed table, or null when the file cannot be used at all (the problem is recorded). */
	private Table table(Path file, List<String> requiredColumns) {
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
		Table table = new Table(file);
		try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			boolean first = true;
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber();
				if (first) {
					first = false;
					for (int i = 0; i < record.size(); i++) {
						table.columns.put(record.get(i).trim().toLowerCase(Locale.ROOT), i);
					}
					for (String column : requiredColumns) {
						if (!table.columns.containsKey(column)) {
							problems.add(new Problem(file, 1, column, Messages.missingColumn));
						}
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue; // an empty line
				}
				List<String> values = record.toList();
				for (int i = 0; i < values.size(); i++) {
					checkCpr(file, row, table.columnName(i), values.get(i));
				}
				table.rows.add(new Row(table, row, values));
			}
		} catch (IOException | RuntimeException e) {
			problems.add(new Problem(file, 0, null, NLS.bind(Messages.notCsv, e.getMessage())));
			return null;
		}
		boolean complete = requiredColumns.stream().allMatch(table.columns::containsKey);
		return complete ? table : null;
	}

	private void checkCpr(Path file, int row, String column, String value) {
		Matcher m = CPR.matcher(value);
		while (m.find()) {
			int day = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && validDate(day, month, Integer.parseInt(m.group(3)))) {
				problems.add(new Problem(file, row, column, Messages.cprNumber));
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
		final Path file;
		final Map<String, Integer> columns = new HashMap<>();
		final List<Row> rows = new ArrayList<>();

		Table(Path file) {
			this.file = file;
		}

		String columnName(int index) {
			return columns.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
					.orElse("#" + (index + 1));
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
			problems.add(new Problem(table.file, number, column, message));
		}
	}
}
