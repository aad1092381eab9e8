package dk.tilsyn.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.store.ImportResult;

/**
 * Stores a case population: new cases and events inserted, changed cases updated, nothing
 * twice (a case is known by its id, an event by its {@link #fingerprint}), so that importing
 * the same export again changes nothing. Reviews follow a case that moved unit.
 */
final class CaseImport {
	private final Database database;

	CaseImport(Database database) {
		this.database = database;
	}

	/** Imports in the caller's transaction. */
	ImportResult run(List<Case> cases) throws SQLException {
		long casesBefore = database.count("SELECT COUNT(*) FROM case_record");
		long eventsBefore = database.count("SELECT COUNT(*) FROM case_event");
		// into an empty store nothing can clash: no updates, plain inserts (a third faster)
		boolean empty = casesBefore == 0 && eventsBefore == 0;
		String onConflict = empty ? "" : " ON CONFLICT DO NOTHING";
		int changed = storeCases(cases, empty, onConflict);
		try (MultiRowInsert insert = new MultiRowInsert(database, Table.CASE_EVENT, onConflict)) {
			Set<String> seen = new HashSet<>();
			for (Case c : cases) {
				seen.clear();
				for (CaseEvent e : c.getEvents()) {
					String fingerprint = fingerprint(e);
					if (seen.add(fingerprint)) { // the same event twice in one export is one event
						insert.add(c.getId(), fingerprint, e.getName(), e.getDate(), e.getTime(), e.getValue());
					}
				}
			}
		}
		// the access rules go by the case's unit: reviews follow a case that moved unit
		try (PreparedStatement follow = database.prepare("UPDATE review SET unit = (SELECT c.unit FROM"
				+ " case_record c WHERE c.case_id = review.case_id) WHERE EXISTS (SELECT 1 FROM case_record c"
				+ " WHERE c.case_id = review.case_id AND c.unit IS DISTINCT FROM review.unit)")) {
			follow.executeUpdate();
		}
		long newCases = database.count("SELECT COUNT(*) FROM case_record") - casesBefore;
		long newEvents = database.count("SELECT COUNT(*) FROM case_event") - eventsBefore;
		return new ImportResult((int) newCases, changed, (int) newEvents);
	}

	/** Inserts the new cases and updates the changed ones; the number of changed cases. */
	private int storeCases(List<Case> cases, boolean empty, String onConflict) throws SQLException {
		int changed = 0;
		try (PreparedStatement update = database.prepare(
				"UPDATE case_record SET unit = ?, caseworker = ?, birth_date = ?, sibling_group = ?, flags = ?"
						+ " WHERE case_id = ? AND NOT (unit = ? AND caseworker = ? AND birth_date IS NOT DISTINCT FROM ?"
						+ " AND sibling_group IS NOT DISTINCT FROM ? AND flags IS NOT DISTINCT FROM ?)");
				PreparedStatement insert = database.prepare(Table.CASE_RECORD.insert() + onConflict)) {
			int pending = 0;
			for (Case c : cases) {
				Object[] values = { c.getUnit(), c.getCaseworker(), c.getBirthDate(), c.getSiblingGroup(), flags(c) };
				for (int i = 0; i < values.length; i++) {
					update.setObject(i + 1, values[i]);
					update.setObject(i + 7, values[i]);
				}
				update.setString(6, c.getId());
				if (!empty) {
					update.addBatch();
				}
				insert.setString(1, c.getId());
				for (int i = 0; i < values.length; i++) {
					insert.setObject(i + 2, values[i]);
				}
				insert.addBatch();
				if (++pending == Database.BATCH) {
					changed += updated(update.executeBatch());
					insert.executeBatch();
					pending = 0;
				}
			}
			changed += updated(update.executeBatch());
			insert.executeBatch();
		}
		return changed;
	}

	/** A case's flags as the column holds them: joined by ';', null for none. */
	static String flags(Case c) {
		return c.getFlags().isEmpty() ? null : String.join(";", c.getFlags());
	}

	private static int updated(int[] counts) {
		int n = 0;
		for (int c : counts) {
			n += Math.max(c, 0);
		}
		return n;
	}

	/** An event's identity within its case: name, date, time and value (long values hashed). */
	static String fingerprint(CaseEvent e) {
		String value = e.getValue() == null ? "" : e.getValue();
		if (value.length() > 200) {
			try {
				value = "#" + HexFormat.of().formatHex(
						MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
			} catch (NoSuchAlgorithmException x) {
				throw new IllegalStateException(x);
			}
		}
		return e.getName() + "|" + e.getDate() + "|" + (e.getTime() == null ? "" : e.getTime()) + "|" + value;
	}

	/**
	 * What a refused import is told by: for a value the tables cannot hold (a data error, or a
	 * missing value), the first case that has one; otherwise null (the error's kind will do).
	 */
	static String explain(SQLException e, List<Case> cases) {
		String state = DatabaseErrors.state(e);
		return state.startsWith("22") || state.equals("23502") ? firstUnfit(cases) : null;
	}

	/**
	 * The first case (by its place in the import) with a value the tables cannot hold, named
	 * by place and column (the limits of {@link Schema}).
	 */
	private static String firstUnfit(List<Case> cases) {
		for (int i = 0; i < cases.size(); i++) {
			Case c = cases.get(i);
			Object[][] columns = { { "case_id", c.getId(), 100, true }, { "unit", c.getUnit(), 200, true },
					{ "caseworker", c.getCaseworker(), 200, true }, { "sibling_group", c.getSiblingGroup(), 200, false },
					{ "flags", flags(c), 2000, false } };
			for (Object[] column : columns) {
				String value = (String) column[1];
				if (value == null && (Boolean) column[3]) {
					return NLS.bind(Messages.reasonMissingAt, i + 1, column[0]);
				}
				if (value != null && value.length() > (Integer) column[2]) {
					return NLS.bind(Messages.reasonTooLongAt, new Object[] { i + 1, column[0], column[2] });
				}
			}
			for (int j = 0; j < c.getEvents().size(); j++) {
				CaseEvent e = c.getEvents().get(j);
				if (e.getName() == null || e.getDate() == null) {
					return NLS.bind(Messages.reasonEventMissingAt,
							new Object[] { i + 1, j + 1, e.getName() == null ? "event" : "date" });
				}
				if (e.getName().length() > 100) {
					return NLS.bind(Messages.reasonEventTooLongAt, new Object[] { i + 1, j + 1, "event", 100 });
				}
				if (e.getValue() != null && e.getValue().length() > 10000) {
					return NLS.bind(Messages.reasonEventTooLongAt, new Object[] { i + 1, j + 1, "value", 10000 });
				}
			}
		}
		return null;
	}
}
