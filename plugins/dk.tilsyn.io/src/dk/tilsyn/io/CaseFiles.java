package dk.tilsyn.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dk.tilsyn.io.internal.CaseFileReader;
import dk.tilsyn.io.internal.ColumnMapping;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;

/**
 * A case population as the case system exports it (CASE-DATA.md): a cases table and an events
 * table, CSV. Reading validates everything before returning anything.
 */
public final class CaseFiles {
	private CaseFiles() {
	}

	/**
	 * Reads and checks both files: UTF-8 (with or without BOM) or Windows-1252, ',' or ';'
	 * delimited, quoted fields, CRLF. Columns are found by header name, case-insensitively.
	 *
	 * @param knownEvents the event names the concept declares; null accepts any name
	 * @throws CaseFileException listing every problem (row and column), when there is any
	 */
	public static List<Case> read(Path cases, Path events, Collection<String> knownEvents) throws CaseFileException {
		return read(cases, events, null, knownEvents);
	}

	/**
	 * As {@link #read(Path, Path, Collection)}, and: {@code cases} may be an XLSX workbook with
	 * both tables as sheets (then {@code events} is null); {@code mapping}, when not null, is a
	 * properties file renaming another export's columns ({@code case_id = Sagsnummer},
	 * {@code events.at = Dato}).
	 */
	public static List<Case> read(Path cases, Path events, Path mapping, Collection<String> knownEvents)
			throws CaseFileException {
		ColumnMapping columns = mapping == null ? null : ColumnMapping.read(mapping);
		return new CaseFileReader(knownEvents, columns).read(cases, events);
	}

	/** The events of the reference concept (CASE-DATA.md), for concepts that declare none. */
	public static final List<String> REFERENCE_EVENTS = List.of("underretning_modtaget", "underretning_vurderet",
			"kvittering_sendt", "undersoegelse_besluttet", "undersoegelse_afsluttet", "foranstaltning_afgjort",
			"foranstaltning_ivaerksat", "handleplan_udarbejdet", "boernesamtale", "opfoelgning", "tilsynsbesoeg",
			"opfoelgningsrytme_besluttet");

	/** Writes cases.csv and events.csv (UTF-8, ',' delimited) into a folder. */
	public static void write(List<Case> cases, Path folder) {
		StringBuilder casesCsv = new StringBuilder("case_id,unit,caseworker,birth_date,sibling_group,flags\n");
		StringBuilder eventsCsv = new StringBuilder("case_id,event,at,value\n");
		for (Case c : cases) {
			casesCsv.append(csv(c.getId(), c.getUnit(), c.getCaseworker(),
					c.getBirthDate() == null ? "" : c.getBirthDate().toString(), c.getSiblingGroup(),
					String.join(";", c.getFlags()))).append('\n');
			for (CaseEvent e : c.getEvents()) {
				String at = e.getTime() == null ? e.getDate().toString() : e.getDate() + "T" + e.getTime();
				eventsCsv.append(csv(c.getId(), e.getName(), at, e.getValue())).append('\n');
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

	private static String csv(String... fields) {
		List<String> quoted = new ArrayList<>();
		for (String field : fields) {
			String f = field == null ? "" : field;
			quoted.add(f.contains(",") || f.contains("\"") || f.contains("\n") ? '"' + f.replace("\"", "\"\"") + '"' : f);
		}
		return String.join(",", quoted);
	}
}
