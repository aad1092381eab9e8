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
import java.sql.Connection;
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
import java.util.LinkedHashMap;
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

	/** table → the columns and rows of it that belong to a round (the round id is the parameter). */
	private static final Map<String, String[]> TABLES = new LinkedHashMap<>();
	/**
	 * table → the columns a file must have: the keys, and what cannot be null. Columns added to
	 * a table later (answer_text …) may be missing from an older file.
	 */
	private static final Map<String, List<String>> REQUIRED = Map.of("review_round",
			List.of("id", "concept_id", "status", "review_level", "version"), "sample", List.of("round_id", "sample_level"),
			"sampled_unit", List.of("round_id", "sample_level", "case_id", "stage"), "case_record",
			List.of("case_id", "unit", "caseworker"), "case_event", List.of("case_id", "fingerprint", "event_name", "event_date"),
			"review", List.of("id", "concept_id", "case_id", "stage", "review_level", "status", "version"), "answer",
			List.of("review_id", "question_id"), "answer_change", List.of("review_id", "review_version", "changed_by", "changed_at"));
	static {
		TABLES.put("review_round", new String[] { "id, concept_id, concept_version, sampling_model, period_from,"
				+ " period_to, seed, status, review_level, version", "id = ?" });
		TABLES.put("sample", new String[] { "round_id, sample_level, audit", "round_id = ?" });
		TABLES.put("sampled_unit",
				new String[] { "round_id, sample_level, case_id, stage, stratum, unit_rank", "round_id = ?" });
		TABLES.put("case_record", new String[] { "case_id, unit, caseworker, birth_date, sibling_group, flags",
				"case_id IN (" + ROUND_CASES + ")" });
		TABLES.put("case_event", new String[] { "case_id, fingerprint, event_name, event_date, event_time, event_value",
				"case_id IN (" + ROUND_CASES + ")" });
		TABLES.put("review", new String[] { "id, concept_id, case_id, stage, review_level, reviewer, status, version,"
				+ " unit, changed_by, changed_at", "id IN (" + ROUND_REVIEWS + ")" });
		TABLES.put("answer", new String[] { "review_id, question_id, answer_value, comment_text, answer_text",
				"review_id IN (" + ROUND_REVIEWS + ")" });
		TABLES.put("answer_change", new String[] { "review_id, review_version, question_id, old_value, new_value,"
				+ " old_comment, new_comment, changed_by, changed_at, reason, old_text, new_text", "review_id IN (" + ROUND_REVIEWS + ")" });
	}

	private RoundArchive() {
	}

	static void write(Connection connection, String roundId, Path file) throws SQLException {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try {
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial));
					Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
				zip.putNextEntry(new ZipEntry("FORMAT"));
				writer.write(FORMAT + "\n");
				writer.flush();
				for (Map.Entry<String, String[]> table : TABLES.entrySet()) {
					zip.putNextEntry(new ZipEntry(table.getKey() + ".csv"));
					String sql = "SELECT " + table.getValue()[0] + " FROM " + table.getKey() + " WHERE "
							+ table.getValue()[1] + (table.getKey().equals("answer_change") ? " ORDER BY id" : "");
					try (PreparedStatement select = connection.prepareStatement(sql)) {
						select.setString(1, roundId);
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

	static String read(Connection connection, Path file) throws SQLException {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new StoreException(NLS.bind(Messages.notAnArchive, file, e.getMessage()), e);
		}
		if (!FORMAT.equals(entries.getOrDefault("FORMAT", "").trim()) || !entries.keySet().containsAll(
				TABLES.keySet().stream().map(t -> t + ".csv").toList())) {
			throw new StoreException(NLS.bind(Messages.notAnArchive, file, FORMAT));
		}
		String roundId = null;
		Map<String, Long> reviewIds = new HashMap<>();
		for (String table : TABLES.keySet()) {
			String entry = table + ".csv";
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
				List<String> known = List.of(TABLES.get(table)[0].split(",\\s*"));
				for (String column : columns) {
					if (!known.contains(column)) {
						throw new StoreException(NLS.bind(Messages.archiveUnknownColumn,
								new Object[] { file, entry, StoreUrls.shown(column), String.join(", ", known) }));
					}
				}
				for (String column : REQUIRED.get(table)) {
					if (!columns.contains(column)) {
						throw new StoreException(NLS.bind(Messages.archiveMissingColumn, new Object[] { file, entry, column }));
					}
				}
				Map<String, Integer> types = types(connection, table, columns);
				boolean review = table.equals("review");
				List<String> insertColumns = new ArrayList<>(columns);
				if (review) {
					insertColumns.remove("id");
				}
				String conflict = table.startsWith("case_") ? " ON CONFLICT DO NOTHING" : "";
				String sql = "INSERT INTO " + table + " (" + String.join(", ", insertColumns) + ") VALUES ("
						+ String.join(", ", insertColumns.stream().map(c -> "?").toList()) + ")" + conflict;
				try (PreparedStatement insert = review ? connection.prepareStatement(sql, new String[] { "id" })
						: connection.prepareStatement(sql)) {
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
						if (table.equals("review_round")) {
							roundId = record.get("id");
							if (count(connection, "SELECT COUNT(*) FROM review_round WHERE id = ?", roundId) > 0) {
								throw new StoreConflictException(NLS.bind(Messages.roundExists, roundId));
							}
						}
						if (review && count(connection, "SELECT COUNT(*) FROM review WHERE concept_id = ? AND case_id = ?"
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

	private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				select.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? rows.getLong(1) : 0;
			}
		}
	}

	private static Map<String, Integer> types(Connection connection, String table, List<String> columns)
			throws SQLException {
		Map<String, Integer> types = new HashMap<>();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE 1 = 0");
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
