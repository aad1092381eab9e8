package dk.tilsyn.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.Problem;

/**
 * Renames the columns of another system's export to the names of docs/CASE-DATA.md. The mapping
 * file is a properties file (UTF-8): {@code case_id = Sagsnummer} renames in both tables,
 * {@code events.at = Dato} only in one. Header names match case-insensitively.
 */
public final class ColumnMapping {
	static final ColumnMapping NONE = new ColumnMapping(Map.of());
	private static final List<String> TABLES = List.of("cases", "events");
	private static final List<String> COLUMNS = List.of("case_id", "unit", "caseworker", "birth_date",
			"sibling_group", "flags", "event", "at", "value");

	/** table + '.' + their header (lower case) → our column. */
	private final Map<String, String> ours;

	private ColumnMapping(Map<String, String> ours) {
		this.ours = ours;
	}

	public static ColumnMapping read(Path file) throws CaseFileException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			throw new CaseFileException(List.of(new Problem(file, 0, null, NLS.bind(Messages.cannotRead, e.getMessage()))));
		}
		Map<String, String> ours = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			String k = key.trim().toLowerCase(Locale.ROOT);
			String theirs = properties.getProperty(key).trim().toLowerCase(Locale.ROOT);
			int dot = k.indexOf('.');
			List<String> tables = dot < 0 ? TABLES : List.of(k.substring(0, dot));
			String column = dot < 0 ? k : k.substring(dot + 1);
			if (!COLUMNS.contains(column) || !TABLES.containsAll(tables)) {
				throw new CaseFileException(List.of(new Problem(file, 0, key, NLS.bind(Messages.unknownMappingKey,
						String.join(", ", COLUMNS)))));
			}
			for (String table : tables) {
				ours.put(table + "." + theirs, column);
			}
		}
		return new ColumnMapping(ours);
	}

	/** Our name of a header of the given table: mapped, else the header itself in lower case. */
	String columnOf(String table, String header) {
		String lower = header.toLowerCase(Locale.ROOT);
		return ours.getOrDefault(table + "." + lower, lower);
	}

	/** The header the export should have for one of our columns, for messages. */
	String headerOf(String table, String column) {
		return ours.entrySet().stream().filter(e -> e.getKey().startsWith(table + ".") && e.getValue().equals(column))
				.map(e -> e.getKey().substring(table.length() + 1)).findFirst().orElse(column);
	}
}
