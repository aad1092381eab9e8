package dk.tilsyn.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.ReviewFactory;

/** Reads the imported cases (tables case_record and case_event). */
final class CaseRecords {
	private final Database database;

	CaseRecords(Database database) {
		this.database = database;
	}

	/** One case with its events, in time order, if the store has it and the policy lets the principal see it. */
	Optional<Case> find(String caseId, AccessPolicy access) throws SQLException {
		Case c;
		try (PreparedStatement select = database.prepare(Table.CASE_RECORD.select() + " WHERE case_id = ?", caseId);
				ResultSet rows = select.executeQuery()) {
			if (!rows.next()) {
				return Optional.empty();
			}
			c = ReviewFactory.eINSTANCE.createCase();
			c.setId(rows.getString(1));
			c.setUnit(rows.getString(2));
			c.setCaseworker(rows.getString(3));
			c.setBirthDate(rows.getObject(4, LocalDate.class));
			c.setSiblingGroup(rows.getString(5));
			String flags = rows.getString(6);
			if (flags != null) {
				c.getFlags().addAll(List.of(flags.split(";")));
			}
		}
		if (!access.maySeeCase(c.getUnit())) {
			return Optional.empty();
		}
		try (PreparedStatement select = database.prepare("SELECT event_name, event_date, event_time, event_value"
				+ " FROM case_event WHERE case_id = ? ORDER BY event_date, event_time, event_name", caseId);
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				CaseEvent e = ReviewFactory.eINSTANCE.createCaseEvent();
				e.setName(rows.getString(1));
				e.setDate(rows.getObject(2, LocalDate.class));
				e.setTime(rows.getObject(3, LocalTime.class));
				e.setValue(rows.getString(4));
				c.getEvents().add(e);
			}
		}
		return Optional.of(c);
	}

	/** The unit of a case as imported, or null. */
	String unitOf(String caseId) throws SQLException {
		try (PreparedStatement select = database.prepare("SELECT unit FROM case_record WHERE case_id = ?", caseId);
				ResultSet rows = select.executeQuery()) {
			return rows.next() ? rows.getString(1) : null;
		}
	}
}
