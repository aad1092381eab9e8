package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;

/** Writes a population in the case-system export format of CASE-DATA.md (cases.csv, events.csv). */
final class CaseFiles {
	private CaseFiles() {
	}

	static void write(List<Case> cases, Path folder) {
		StringBuilder casesCsv = new StringBuilder("case_id,unit,caseworker,birth_date,sibling_group,flags\n");
		StringBuilder eventsCsv = new StringBuilder("case_id,event,at,value\n");
		for (Case c : cases) {
			casesCsv.append(String.join(",", c.getId(), c.getUnit(), c.getCaseworker(),
					c.getBirthDate() == null ? "" : c.getBirthDate().toString(),
					c.getSiblingGroup() == null ? "" : c.getSiblingGroup(), String.join(";", c.getFlags()))).append('\n');
			for (CaseEvent e : c.getEvents()) {
				String at = e.getTime() == null ? e.getDate().toString() : e.getDate() + "T" + e.getTime();
				eventsCsv.append(String.join(",", c.getId(), e.getName(), at, e.getValue() == null ? "" : e.getValue()))
						.append('\n');
			}
		}
		try {
			Files.writeString(folder.resolve("cases.csv"), casesCsv, StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("events.csv"), eventsCsv, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
