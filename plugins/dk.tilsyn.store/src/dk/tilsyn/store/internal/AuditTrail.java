package dk.tilsyn.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;

import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.store.AnswerChange;

/**
 * The append-only trail of every change to a review (table answer_change): one entry per
 * changed answer and one per status move, each with who, when, why and the version it made.
 * An entry with no question is the review's status.
 */
final class AuditTrail {
	private final Database database;

	AuditTrail(Database database) {
		this.database = database;
	}

	/** What the entries of one save or reopening share. */
	record Stamp(long reviewId, int version, String actor, LocalDateTime at, String reason) {
	}

	/**
	 * Writes the entries of a change: every question whose answer differs between before and
	 * after (in the order of before, then the new ones), then the status move, if the status
	 * changed or the review is new (from null).
	 */
	void record(Stamp stamp, Map<String, StoredAnswer> before, Map<String, StoredAnswer> after, ReviewStatus from,
			ReviewStatus to) throws SQLException {
		try (PreparedStatement trail = database.prepare(Table.ANSWER_CHANGE.insert())) {
			Set<String> questions = new LinkedHashSet<>(before.keySet());
			questions.addAll(after.keySet());
			for (String question : questions) {
				StoredAnswer old = before.getOrDefault(question, StoredAnswer.NONE);
				StoredAnswer now = after.getOrDefault(question, StoredAnswer.NONE);
				if (!old.equals(now)) {
					add(trail, stamp, question, old, now);
				}
			}
			if (from != to) {
				add(trail, stamp, null, new StoredAnswer(from == null ? null : from.getLiteral(), null, null),
						new StoredAnswer(to.getLiteral(), null, null));
			}
			trail.executeBatch();
		}
	}

	/** One entry, in the column order of {@link Table#ANSWER_CHANGE}. */
	private static void add(PreparedStatement trail, Stamp stamp, String question, StoredAnswer old, StoredAnswer now)
			throws SQLException {
		String reason = stamp.reason() == null || stamp.reason().isBlank() ? null : stamp.reason();
		Database.set(trail, stamp.reviewId(), stamp.version(), question, old.value(), now.value(), old.comment(),
				now.comment(), stamp.actor(), stamp.at(), reason, old.text(), now.text());
		trail.addBatch();
	}

	/** The trail of one review, oldest first, if the access policy lets the principal see it. */
	List<AnswerChange> history(String conceptId, String caseId, String stage, int level, AccessPolicy access)
			throws SQLException {
		List<Object> parameters = new ArrayList<>(List.of(conceptId, caseId, stage, level));
		String sql = "SELECT c.review_version, c.question_id, COALESCE(c.old_value, c.old_text),"
				+ " COALESCE(c.new_value, c.new_text), c.old_comment, c.new_comment,"
				+ " c.changed_by, c.changed_at, c.reason FROM answer_change c JOIN review r ON r.id = c.review_id"
				+ " WHERE r.concept_id = ? AND r.case_id = ? AND r.stage = ? AND r.review_level = ?"
				+ access.sqlFilter("r", parameters) + " ORDER BY c.id";
		List<AnswerChange> changes = new ArrayList<>();
		try (PreparedStatement select = database.prepare(sql, parameters.toArray());
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				changes.add(new AnswerChange(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
						rows.getString(5), rows.getString(6), rows.getString(7), rows.getObject(8, LocalDateTime.class),
						rows.getString(9)));
			}
		}
		return changes;
	}

	/** Who changed a review after the given version, and which questions (null: the status), in order. */
	record ChangesSince(SequencedSet<String> who, SequencedSet<String> questions) {
	}

	ChangesSince changesSince(long reviewId, int version) throws SQLException {
		ChangesSince since = new ChangesSince(new LinkedHashSet<>(), new LinkedHashSet<>());
		try (PreparedStatement select = database.prepare("SELECT changed_by, question_id FROM answer_change"
				+ " WHERE review_id = ? AND review_version > ? ORDER BY id", reviewId, version);
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				since.who().add(rows.getString(1));
				since.questions().add(rows.getString(2));
			}
		}
		return since;
	}
}
