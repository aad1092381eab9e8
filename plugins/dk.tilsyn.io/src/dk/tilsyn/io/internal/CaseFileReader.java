package dk.tilsyn.io.internal;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.EventDeclaration;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.csv.CsvFields;

/**
 * Reads the two tables of docs/CASE-DATA.md (CSV files or a workbook's sheets), checking every
 * value, and collects every problem before giving up.
 */
public final class CaseFileReader {
	private static final Pattern EXCEL_DAY = Pattern.compile("\\d{1,6}(\\.\\d+)?");
	/** A date and a time of day, 'T' or a space between (Excel's usual form), seconds optional, an offset optional. */
	private static final Pattern DATE_TIME = Pattern
			.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:\\d{2})?");
	/** Times without an offset are Danish local time. */
	static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private final DeclaredEvents knownEvents;
	private final ColumnMapping mapping;
	private final CaseFiles.Limits limits;
	private final List<Problem> problems = new ArrayList<>();

	/** @param knownEvents the events the concept declares; null: any event with any value */
	public CaseFileReader(Collection<EventDeclaration> knownEvents, ColumnMapping mapping, CaseFiles.Limits limits) {
		this.knownEvents = new DeclaredEvents(knownEvents);
		this.mapping = mapping == null ? ColumnMapping.NONE : mapping;
		this.limits = limits;
	}

	/**
	 * Reads both tables: two CSV files, or one XLSX workbook (cases and events as its sheets
	 * named so, else its first two) when {@code casesFile} ends in .xlsx and eventsFile is null.
	 */
	public List<Case> read(Path casesFile, Path eventsFile) throws CaseFileException {
		Map<String, Case> cases = new LinkedHashMap<>();
		List<RawTable> raw;
		if (eventsFile == null && XlsxTables.isXlsx(casesFile)) {
			raw = XlsxTables.read(casesFile, limits, problems);
			if (raw.isEmpty()) {
				throw new CaseFileException(problems);
			}
		} else {
			CsvTables csv = new CsvTables(limits, problems);
			raw = new ArrayList<>();
			raw.add(csv.read(casesFile, "cases"));
			raw.add(eventsFile == null ? null : csv.read(eventsFile, "events"));
		}
		// every id in the cases table, also of rows with problems: their events are not "for an unknown case"
		Set<String> caseIds = new HashSet<>();
		Table casesTable = raw.get(0) == null ? null : table(raw.get(0), List.of("case_id", "unit", "caseworker"));
		if (casesTable != null) {
			for (Row row : casesTable.rows) {
				readCase(row, cases, caseIds);
			}
		}
		Table eventsTable = raw.get(1) == null ? null : table(raw.get(1), List.of("case_id", "event", "at"));
		if (eventsTable != null) {
			for (Row row : eventsTable.rows) {
				readEvent(row, cases, casesTable == null ? null : caseIds);
			}
		}
		if (!problems.isEmpty()) {
			throw new CaseFileException(inReadingOrder(problems));
		}
		return new ArrayList<>(cases.values());
	}

	/** By file (in the order they were read) and row; a row's problems in the order found (its CPR numbers first). */
	private static List<Problem> inReadingOrder(List<Problem> problems) {
		Map<String, Integer> tableOrder = new HashMap<>();
		for (Problem p : problems) {
			tableOrder.putIfAbsent(p.file() + "\u0000" + p.sheet(), tableOrder.size());
		}
		List<Problem> sorted = new ArrayList<>(problems);
		sorted.sort(Comparator.comparingInt((Problem p) -> tableOrder.get(p.file() + "\u0000" + p.sheet()))
				.thenComparingInt(Problem::row));
		return sorted;
	}

	private void readCase(Row row, Map<String, Case> cases, Set<String> caseIds) {
		String id = row.required("case_id");
		if (id != null) {
			caseIds.add(id);
		}
		String unit = row.required("unit");
		String caseworker = row.required("caseworker");
		Case c = ReviewFactory.eINSTANCE.createCase();
		c.setId(id);
		c.setUnit(unit);
		c.setCaseworker(caseworker);
		String birth = row.optional("birth_date");
		if (birth != null) {
			At at = dateAndTime(row, "birth_date", birth, false);
			c.setBirthDate(at == null ? null : at.date());
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
		if (id == null || unit == null || caseworker == null) {
			return;
		}
		if (cases.putIfAbsent(id, c) != null) {
			row.problem("case_id", Messages.duplicateCase, Messages.duplicateCaseNoValue, id);
		}
	}

	/**
	 * Checks every value of the row, so that one problem does not hide another. The time of day
	 * of an event the concept counts in days is read (an offset can change the date) and dropped.
	 */
	private void readEvent(Row row, Map<String, Case> cases, Set<String> caseIds) {
		String caseId = row.required("case_id");
		String name = row.required("event");
		String at = row.required("at");
		String value = row.optional("value");
		Case c = caseId == null ? null : cases.get(caseId);
		if (caseId != null && c == null && caseIds != null && !caseIds.contains(caseId)) {
			row.problem("case_id", Messages.unknownCase, Messages.unknownCaseNoValue, caseId);
		}
		boolean known = name != null && knownEvents.knows(name);
		if (name != null && !known) {
			row.problem("event", Messages.unknownEvent, Messages.unknownEventNoValue, name);
		}
		boolean keepsTime = !known || knownEvents.keepsTimeOfDay(name);
		At time = at == null ? null : dateAndTime(row, "at", at, keepsTime);
		DeclaredEvents.Refusal refusal = known ? knownEvents.refusal(name, value) : null;
		if (refusal != null) {
			row.problem("value", refusal, value, name);
		}
		if (c == null || !known || time == null || refusal != null) {
			return;
		}
		CaseEvent event = ReviewFactory.eINSTANCE.createCaseEvent();
		event.setName(name);
		event.setDate(time.date());
		event.setTime(keepsTime ? time.time() : null);
		event.setValue(value);
		c.getEvents().add(event);
	}

	/** A date, and the time of day when the value has one. */
	private record At(LocalDate date, LocalTime time) {
		At(LocalDateTime dateTime) {
			this(dateTime.toLocalDate(), dateTime.toLocalTime());
		}
	}

	/**
	 * A date, or a date and time of day: ISO text ('T' or a space between, seconds optional, an
	 * offset optional), or in a workbook Excel's day number. A time without an offset is Danish
	 * local time: when it does not exist (the clocks went forward) or occurs twice (they went
	 * back), it cannot be read one way and is a problem when {@code localTimeMatters}; a time
	 * with an offset is turned into Danish local time. Null when there is a problem (recorded).
	 */
	private At dateAndTime(Row row, String column, String value, boolean localTimeMatters) {
		String text = dateTimeText(row, value);
		try {
			if (text.length() == 10) {
				return new At(LocalDate.parse(text), null);
			}
			Matcher m = DATE_TIME.matcher(text);
			if (!m.matches()) {
				throw new DateTimeException(text);
			}
			LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
			if (m.group(3) != null) {
				return new At(local.atOffset(ZoneOffset.of(m.group(3))).atZoneSameInstant(DANISH_TIME).toLocalDateTime());
			}
			int offsets = DANISH_TIME.getRules().getValidOffsets(local).size();
			if (localTimeMatters && offsets == 0) {
				row.problem(column, Messages.nonexistentTime, Messages.nonexistentTimeNoValue, value);
				return null;
			}
			if (localTimeMatters && offsets > 1) {
				row.problem(column, Messages.ambiguousTime, Messages.ambiguousTimeNoValue, value);
				return null;
			}
			return new At(local);
		} catch (DateTimeException e) {
			if (localTimeMatters) {
				row.problem(column, Messages.badDateTime, Messages.badDateTimeNoValue, value);
			} else {
				row.problem(column, Messages.badDate, Messages.badDateNoValue, value);
			}
			return null;
		}
	}

	/**
	 * An event's time as {@link #dateAndTime} reads it back: a local time that occurs twice in
	 * Danish time (one read with an offset) gets the first of its offsets, which gives the same
	 * local time again.
	 */
	public static String atText(LocalDate date, LocalTime time) {
		if (time == null) {
			return date.toString();
		}
		LocalDateTime local = LocalDateTime.of(date, time);
		List<ZoneOffset> offsets = DANISH_TIME.getRules().getValidOffsets(local);
		return offsets.size() > 1 ? local + offsets.get(0).getId() : local.toString();
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

	/** Finds the columns by header (after mapping), checks every value, the header's too, for CPR numbers. */
	private Table table(RawTable raw, List<String> requiredColumns) {
		if (raw.rows.isEmpty()) {
			problems.add(raw.problem(1, null, Messages.noHeader));
			return null;
		}
		RawTable.RawRow headerRow = raw.rows.get(0);
		List<String> header = headerRow.values();
		Table table = new Table(raw, header.size());
		for (int i = 0; i < header.size(); i++) {
			if (CprNumbers.in(header.get(i), headerRow.isNumber(i))) {
				table.cprInHeader.set(i); // never a column name in a message
				problems.add(raw.problem(headerRow.number(), table.columnName(i), Messages.cprNumberInHeader));
				continue;
			}
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
			boolean holdsCpr = false;
			for (int i = 0; i < values.size(); i++) {
				if (CprNumbers.in(values.get(i), row.isNumber(i))) {
					problems.add(raw.problem(row.number(), table.columnName(i), Messages.cprNumber));
					holdsCpr = true;
				}
			}
			table.rows.add(new Row(table, row.number(), values, holdsCpr));
		}
		boolean complete = requiredColumns.stream().allMatch(table.columns::containsKey);
		return complete ? table : null;
	}

	private final class Table {
		final RawTable raw;
		final Map<String, Integer> columns = new HashMap<>();
		final List<Row> rows = new ArrayList<>();
		final BitSet cprInHeader;

		Table(RawTable raw, int width) {
			this.raw = raw;
			this.cprInHeader = new BitSet(width);
		}

		/** The column's name as the file has it, for messages; its position when it has none that may be shown. */
		String columnName(int index) {
			List<String> header = raw.rows.get(0).values();
			return index < header.size() && !header.get(index).isBlank() && !cprInHeader.get(index)
					? header.get(index).trim()
					: "#" + (index + 1);
		}
	}

	private final class Row {
		final Table table;
		final int number;
		final List<String> values;
		/** No message shows a value of a row that holds a CPR number. */
		final boolean holdsCpr;

		Row(Table table, int number, List<String> values, boolean holdsCpr) {
			this.table = table;
			this.number = number;
			this.values = values;
			this.holdsCpr = holdsCpr;
		}

		String optional(String column) {
			Integer index = table.columns.get(column);
			if (index == null || index >= values.size()) {
				return null;
			}
			String value = CsvFields.readText(values.get(index).trim());
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

		/** A problem with the value shown, or, in a row with a CPR number, without it. */
		void problem(String column, String withValue, String withoutValue, String value) {
			problem(column, holdsCpr ? withoutValue + " " + Messages.valueNotShown : NLS.bind(withValue, value));
		}

		/**
		 * A value the event's declaration refuses: with the value and the event, or, in a row with
		 * a CPR number, with what the concept declares only.
		 */
		void problem(String column, DeclaredEvents.Refusal refusal, String value, String event) {
			problem(column, holdsCpr ? NLS.bind(refusal.withoutValue(), refusal.declared()) + " " + Messages.valueNotShown
					: NLS.bind(refusal.withValue(), new Object[] { value, event, refusal.declared() }));
		}
	}
}
