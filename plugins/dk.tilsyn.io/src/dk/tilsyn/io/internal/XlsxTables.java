package dk.tilsyn.io.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.Problem;

/**
 * The two tables of an XLSX workbook (fastexcel-reader, streaming): the sheets named "cases"
 * and "events" (any case), else the first sheet for cases and another for events. Numbers are read as plain
 * text; dates stored as Excel day numbers are turned into text by the reader's date check.
 */
final class XlsxTables {
	private XlsxTables() {
	}

	static boolean isXlsx(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/** [cases, events]; an entry is null when that sheet is missing (the problem is recorded). */
	static List<RawTable> read(Path file, List<Problem> problems) {
		List<RawTable> tables = new ArrayList<>();
		tables.add(null);
		tables.add(null);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			List<Sheet> sheets = workbook.getSheets().toList();
			String[] names = { "cases", "events" };
			Sheet cases = named(sheets, "cases");
			if (cases == null && !sheets.isEmpty()) {
				cases = sheets.get(0);
			}
			Sheet events = named(sheets, "events");
			if (events == null) {
				Sheet notCases = cases;
				events = sheets.stream().filter(s -> s != notCases).findFirst().orElse(null);
			}
			Sheet[] found = { cases, events };
			for (int t = 0; t < 2; t++) {
				Sheet sheet = found[t];
				if (sheet == null) {
					problems.add(new Problem(file, names[t], 0, null, Messages.missingSheet));
					continue;
				}
				RawTable raw = new RawTable(file, sheet.getName(), names[t]);
				raw.date1904 = workbook.isDate1904();
				try (Stream<Row> rows = sheet.openStream()) {
					rows.forEach(row -> raw.add(row.getRowNum(), texts(row)));
				}
				tables.set(t, raw);
			}
		} catch (IOException | RuntimeException e) {
			problems.add(new Problem(file, 0, null, NLS.bind(Messages.notXlsx, e.getMessage())));
			return List.of();
		}
		return tables;
	}

	private static Sheet named(List<Sheet> sheets, String name) {
		return sheets.stream().filter(s -> s.getName().trim().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	private static List<String> texts(Row row) {
		List<String> values = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null) {
				values.add("");
			} else if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
				values.add(number.stripTrailingZeros().toPlainString());
			} else {
				values.add(cell.getText());
			}
		}
		return values;
	}
}
