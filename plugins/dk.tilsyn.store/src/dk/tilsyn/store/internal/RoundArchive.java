package dk.tilsyn.store.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.store.StoreConflictException;
import dk.tilsyn.store.StoreException;

/**
 * A whole round as one portable file: a ZIP of CSV tables (UTF-8, header line, \N for null),
 * one per store table, holding the round, its samples, the sampled cases with their events,
 * their reviews with answers and audit trail. Reviews get new ids in the receiving store.
 */
final class RoundArchive {
	private static final String FORMAT = "tilsyn-round 1";
	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setNullString("\\N").get();
	private static final String ROUND_CASES = "SELECT case_id FROM sampled_unit WHERE round_id = ?";
	private static final String ROUND_REVIEWS = "SELECT r.id FROM review r JOIN sampled_unit u ON u.case_id = r.case_id"
			+ " AND u.stage = r.stage AND u.sample_level = r.review_level JOIN review_round rr ON rr.id = u.round_id"
			+ " AND rr.concept_id = r.concept_id WHERE u.round_id = ?";

	/** The rows of each table that belong to a round (the round id is the parameter), in the file's order. */
	private static final Map<Table, String> ROWS_OF_ROUND = new EnumMap<>(Map.of(Table.REVIEW_ROUND, "id = ?",
			Table.SAMPLE, "round_id = ?", Table.SAMPLED_UNIT, "round_id = ?", Table.CASE_RECORD,
			"case_id IN (" + ROUND_CASES + ")", Table.CASE_EVENT, "case_id IN (" + ROUND_CASES + ")", Table.REVIEW,
			"id IN (" + ROUND_REVIEWS + ")", Table.ANSWER, "review_id IN (" + ROUND_REVIEWS + ")", Table.ANSWER_CHANGE,
			"review_id IN (" + ROUND_REVIEWS + ")"));

	private RoundArchive() {
	}

	static void write(Database database, String roundId, Path file) throws SQLException {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try {
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial));
					Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
				zip.putNextEntry(new ZipEntry("FORMAT"));
				writer.write(FORMAT + "\n");
				writer.flush();
				for (Map.Entry<Table, String> table : ROWS_OF_ROUND.entrySet()) {
					zip.putNextEntry(new ZipEntry(table.getKey().sqlName() + ".csv"));
					String sql = table.getKey().select() + " WHERE " + table.getValue()
							+ (table.getKey() == Table.ANSWER_CHANGE ? " ORDER BY id" : "");
					try (PreparedStatement select = database.prepare(sql, roundId)) {
						try (ResultSet rows = select.executeQuery()) {
							CSVPrinter printer = new CSVPrinter(writer, CSV);
							ResultSetMetaData meta = rows.getMetaData();
							for (int i = 1; i <= meta.getColumnCount(); i++) {
								printer.print(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
							}
							printer.println();
							while (rows.next()) {
								for (int i = 1; i <= meta.getColumnCount(); i++) {
									printer.print(text(rows, i, meta.getColumnType(i)));
								}
								printer.println();
							}
							printer.flush();
						}
					}
				}
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.cannotWriteArchive, file, e.getMessage()), e);
		}
	}

	private static String text(ResultSet rows, int column, int type) throws SQLException {
		Object value = switch (type) {
		case Types.DATE -> rows.getObject(column, LocalDate.class);
		case Types.TIME -> rows.getObject(column, LocalTime.class);
		case Types.TIMESTAMP -> rows.getObject(column, LocalDateTime.class);
		default -> rows.getString(column);
		};
		return value == null ? null : value.toString();
	}

	static String read(Database database, Path file) throws SQLException {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new StoreException(NLS.bind(Messages.notAnArchive, file, e.getMessage()), e);
		}
		if (!FORMAT.equals(entries.getOrDefault("FORMAT", "").trim()) || !entries.keySet().containsAll(
				ROWS_OF_ROUND.keySet().stream().map(t -> t.sqlName() + ".csv").toList())) {
			throw new StoreException(NLS.bind(Messages.notAnArchive, file, FORMAT));
		}
		String roundId = null;
		Map<String, Long> reviewIds = new HashMap<>();
		for (Table table : ROWS_OF_ROUND.keySet()) {
			String entry = table.sqlName() + ".csv";
			CSVParser parser;
			try {
				parser = CSVParser.parse(new StringReader(entries.get(entry)),
						CSV.builder().setHeader().setSkipHeaderRecord(true).get());
			} catch (IOException | IllegalArgumentException e) {
				throw new StoreException(NLS.bind(Messages.archiveBadHeader, file, entry));
			}
			try (parser) {
				// the header's names go into SQL: only the table's own columns, checked here
				List<String> columns = new ArrayList<>(parser.getHeaderNames());
				List<String> known = table.columns();
				for (String column : columns) {
					if (!known.contains(column)) {
						throw new StoreException(NLS.bind(Messages.archiveUnknownColumn,
								new Object[] { file, entry, StoreUrls.shown(column), String.join(", ", known) }));
					}
				}
				for (String column : table.required()) {
					if (!columns.contains(column)) {
						throw new StoreException(NLS.bind(Messages.archiveMissingColumn, new Object[] { file, entry, column }));
					}
				}
				Map<String, Integer> types = types(database, table, columns);
				boolean review = table == Table.REVIEW;
				List<String> insertColumns = new ArrayList<>(columns);
				if (review) {
					insertColumns.remove("id");
				}
				// the cases may be here already (from an import): they are kept as they are
				String conflict = table == Table.CASE_RECORD || table == Table.CASE_EVENT ? " ON CONFLICT DO NOTHING" : "";
				String sql = table.insert(insertColumns) + conflict;
				try (PreparedStatement insert = review ? database.prepareReturningId(sql) : database.prepare(sql)) {
					int row = 1; // the header is row 1
					for (CSVRecord record : parser) {
						row++;
						if (!record.isConsistent()) {
							throw new StoreException(NLS.bind(Messages.archiveBadRow, new Object[] { file, entry, row }));
						}
						Map<String, Object> values = new HashMap<>();
						for (String column : columns) {
							values.put(column, value(record.get(column), types.get(column), file, entry, row, column));
						}
						if (table == Table.REVIEW_ROUND) {
							roundId = record.get("id");
							if (database.count("SELECT COUNT(*) FROM review_round WHERE id = ?", roundId) > 0) {
								throw new StoreConflictException(NLS.bind(Messages.roundExists, roundId));
							}
						}
						if (review && database.count("SELECT COUNT(*) FROM review WHERE concept_id = ? AND case_id = ?"
								+ " AND stage = ? AND review_level = ?", values.get("concept_id"), values.get("case_id"),
								values.get("stage"), values.get("review_level")) > 0) {
							throw new StoreConflictException(NLS.bind(Messages.reviewExists,
									new Object[] { record.get("case_id"), record.get("stage"), record.get("review_level") }));
						}
						int p = 1;
						for (String column : insertColumns) {
							if (column.equals("review_id")) {
								Long mapped = reviewIds.get(record.get(column));
								if (mapped == null) {
									throw new StoreException(NLS.bind(Messages.archiveUnknownReview, new Object[] { file, entry, row }));
								}
								insert.setLong(p++, mapped);
							} else {
								insert.setObject(p++, values.get(column));
							}
						}
						try {
							insert.executeUpdate();
						} catch (SQLException e) {
							throw new StoreException(NLS.bind(Messages.archiveRowRefused,
									new Object[] { file, entry, row, DatabaseErrors.reason(e) }), DatabaseErrors.withoutValues(e));
						}
						if (review) {
							try (ResultSet keys = insert.getGeneratedKeys()) {
								keys.next();
								reviewIds.put(record.get("id"), keys.getLong(1));
							}
						}
					}
				}
			} catch (IOException | java.io.UncheckedIOException e) {
				throw new StoreException(NLS.bind(Messages.notAnArchive, file, entry), e);
			}
		}
		if (roundId == null) {
			throw new StoreException(NLS.bind(Messages.notAnArchive, file, "review_round"));
		}
		return roundId;
	}

	/** The SQL types of the table's columns, as the database reports them. */
	private static Map<String, Integer> types(Database database, Table table, List<String> columns)
			throws SQLException {
		Map<String, Integer> types = new HashMap<>();
		try (PreparedStatement select = database
				.prepare("SELECT " + String.join(", ", columns) + " FROM " + table.sqlName() + " WHERE 1 = 0");
				ResultSet rows = select.executeQuery()) {
			ResultSetMetaData meta = rows.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				types.put(columns.get(i - 1), meta.getColumnType(i));
			}
		}
		return types;
	}

	/** A value of the file as the column's type; one that is not says where (never what: it can be case data). */
	private static Object value(String text, int type, Path file, String entry, int row, String column) {
		if (text == null) {
			return null;
		}
		String kind = null;
		try {
			return switch (type) {
			case Types.DATE -> {
				kind = Messages.typeDate;
				yield LocalDate.parse(text);
			}
			case Types.TIME -> {
				kind = Messages.typeTime;
				yield LocalTime.parse(text);
			}
			case Types.TIMESTAMP -> {
				kind = Messages.typeTimestamp;
				yield LocalDateTime.parse(text);
			}
			case Types.INTEGER, Types.SMALLINT -> {
				kind = Messages.typeNumber;
				yield Integer.valueOf(text);
			}
			case Types.BIGINT -> {
				kind = Messages.typeNumber;
				yield Long.valueOf(text);
			}
			default -> text;
			};
		} catch (java.time.DateTimeException | NumberFormatException e) {
			throw new StoreException(NLS.bind(Messages.archiveBadValue, new Object[] { file, entry, row, column, kind }));
		}
	}
}
