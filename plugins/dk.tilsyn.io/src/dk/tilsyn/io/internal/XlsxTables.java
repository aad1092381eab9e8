package dk.tilsyn.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;

/**
 * The two tables of an XLSX workbook (fastexcel-reader, streaming): the sheets named "cases"
 * and "events" (any case), else the first sheet for cases and another for events. Numbers are read as plain
 * text; dates stored as Excel day numbers are turned into text by the reader's date check.
 * A workbook is a ZIP that can unpack to far more than its size: it is unpacked once, counting,
 * before it is read, and a sheet is read only up to the row limit.
 */
final class XlsxTables {
	private XlsxTables() {
	}

	static boolean isXlsx(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/**
	 * [cases, events]; an entry is null when that sheet is missing (the problem is recorded);
	 * empty when the workbook cannot be read at all or exceeds the limits.
	 */
	static List<RawTable> read(Path file, CaseFiles.Limits limits, List<Problem> problems) {
		List<RawTable> tables = new ArrayList<>();
		tables.add(null);
		tables.add(null);
		try {
			if (!withinSize(file, limits.maxBytes())) {
				problems.add(new Problem(file, 0, null, NLS.bind(Messages.workbookTooLarge, Messages.size(limits.maxBytes()))));
				return List.of();
			}
		} catch (IOException | RuntimeException e) {
			problems.add(new Problem(file, 0, null, NLS.bind(Messages.notXlsx, e.getMessage())));
			return List.of();
		}
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
			long values = 0;
			for (int t = 0; t < 2; t++) {
				Sheet sheet = found[t];
				if (sheet == null) {
					problems.add(new Problem(file, names[t], 0, null, Messages.missingSheet));
					continue;
				}
				String name = sheet.getName();
				if (CprNumbers.in(name, false)) {
					name = "#" + (sheet.getIndex() + 1); // never in a message
					problems.add(new Problem(file, name, 0, null, Messages.cprNumberInSheetName));
				}
				RawTable raw = new RawTable(file, name, names[t]);
				raw.date1904 = workbook.isDate1904();
				try (Stream<Row> rows = sheet.openStream()) {
					for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
						Row row = it.next();
						if (row.getRowNum() > limits.maxRows()) {
							problems.add(raw.problem(row.getRowNum(), null,
									NLS.bind(Messages.tooManyRows, Integer.toString(limits.maxRows()))));
							return List.of();
						}
						// a row is as wide as its rightmost cell: one cell far to the right costs thousands
						values += row.getCellCount();
						if (values > limits.maxValues()) {
							problems.add(raw.problem(row.getRowNum(), null,
									NLS.bind(Messages.tooManyValues, Long.toString(limits.maxValues()))));
							return List.of();
						}
						BitSet numbers = new BitSet();
						raw.add(row.getRowNum(), texts(row, numbers), numbers);
					}
				}
				tables.set(t, raw);
			}
		} catch (IOException | RuntimeException e) {
			problems.add(new Problem(file, 0, null, NLS.bind(Messages.notXlsx, e.getMessage())));
			return List.of();
		}
		return tables;
	}

	/**
	 * Whether the workbook unpacks to at most {@code maxBytes}: the sizes its directory declares
	 * first (a bomb that tells the truth is refused at once), then the bytes that really come out.
	 */
	@SuppressWarnings("deprecation") // the builder needs commons-io, which the bundle does not import
	private static boolean withinSize(Path file, long maxBytes) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
			long declared = 0;
			for (ZipArchiveEntry entry : entries) {
				declared += Math.max(0, entry.getSize());
				if (declared > maxBytes) {
					return false;
				}
			}
			long unpacked = 0;
			byte[] buffer = new byte[64 * 1024];
			for (ZipArchiveEntry entry : entries) {
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n; in != null && (n = in.read(buffer)) > 0;) {
						unpacked += n;
						if (unpacked > maxBytes) {
							return false;
						}
					}
				}
			}
			return true;
		}
	}

	private static Sheet named(List<Sheet> sheets, String name) {
		return sheets.stream().filter(s -> s.getName().trim().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	private static List<String> texts(Row row, BitSet numbers) {
		List<String> values = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null) {
				values.add("");
			} else if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
				values.add(number.stripTrailingZeros().toPlainString());
				numbers.set(i);
			} else {
				values.add(cell.getText());
			}
		}
		return values;
	}
}
