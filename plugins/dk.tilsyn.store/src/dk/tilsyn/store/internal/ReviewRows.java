package dk.tilsyn.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.ReviewStatus;

/**
 * Reviews and their answers as rows (tables review and answer): read for people (through the
 * access policy) and for a save, written with optimistic locking: a row changes only at the
 * version it was read with, and every change makes the next version.
 */
final class ReviewRows {
	private final Database database;

	ReviewRows(Database database) {
		this.database = database;
	}

	/**
	 * The reviews with their answers that match a condition over review r (its parameters
	 * given) and that the access policy lets the principal see, by case, stage and level.
	 */
	List<Review> query(AccessPolicy access, String where, Object... given) throws SQLException {
		List<Object> parameters = new ArrayList<>(List.of(given));
		String sql = "SELECT r.id, r.concept_id, r.case_id, r.stage, r.review_level, r.reviewer, r.status, r.version,"
				+ " a.question_id, a.answer_value, a.comment_text, a.answer_text FROM review r"
				+ " LEFT JOIN answer a ON a.review_id = r.id WHERE " + where + access.sqlFilter("r", parameters)
				+ " ORDER BY r.case_id, r.stage, r.review_level, a.question_id";
		Map<Long, Review> reviews = new LinkedHashMap<>();
		try (PreparedStatement statement = database.prepare(sql, parameters.toArray());
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				Review review = reviews.get(rows.getLong(1));
				if (review == null) {
					review = ReviewFactory.eINSTANCE.createReview();
					review.setConceptId(rows.getString(2));
					review.setCaseId(rows.getString(3));
					review.setStage(rows.getString(4));
					review.setLevel(rows.getInt(5));
					review.setReviewer(rows.getString(6));
					review.setStatus(ReviewStatus.get(rows.getString(7)));
					review.setVersion(rows.getInt(8));
					reviews.put(rows.getLong(1), review);
				}
				String questionId = rows.getString(9);
				if (questionId != null) {
					Answer answer = ReviewFactory.eINSTANCE.createAnswer();
					answer.setQuestionId(questionId);
					String value = rows.getString(10);
					if (value != null) {
						answer.setValue(AnswerValue.get(value));
					}
					answer.setComment(rows.getString(11));
					answer.setText(rows.getString(12));
					review.getAnswers().add(answer);
				}
			}
		}
		return new ArrayList<>(reviews.values());
	}

	/** What is stored of one review, read for a save. */
	record StoredReview(long id, ReviewStatus status, int version, Map<String, StoredAnswer> answers) {
	}

	/** The stored row of the review's concept, case, stage and level, with its answers. */
	Optional<StoredReview> stored(Review review) throws SQLException {
		long id;
		ReviewStatus status;
		int version;
		try (PreparedStatement select = database.prepare("SELECT id, status, version FROM review WHERE concept_id = ?"
				+ " AND case_id = ? AND stage = ? AND review_level = ?", review.getConceptId(), review.getCaseId(),
				review.getStage(), review.getLevel()); ResultSet rows = select.executeQuery()) {
			if (!rows.next()) {
				return Optional.empty();
			}
			id = rows.getLong(1);
			status = ReviewStatus.get(rows.getString(2));
			version = rows.getInt(3);
		}
		Map<String, StoredAnswer> answers = new TreeMap<>();
		try (PreparedStatement select = database.prepare("SELECT question_id, answer_value, comment_text, answer_text"
				+ " FROM answer WHERE review_id = ?", id); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				answers.put(rows.getString(1), new StoredAnswer(rows.getString(2), rows.getString(3), rows.getString(4)));
			}
		}
		return Optional.of(new StoredReview(id, status, version, answers));
	}

	/**
	 * Inserts the first version of a review; its new id, or empty when someone else saved a
	 * first version of the same review since it was looked for.
	 */
	OptionalLong insert(Review review, String reviewer, ReviewStatus status, String unit, String actor,
			LocalDateTime at) throws SQLException {
		try (PreparedStatement insert = database
				.prepareReturningId(Table.REVIEW.insertWithout("id") + " ON CONFLICT DO NOTHING")) {
			Database.set(insert, review.getConceptId(), review.getCaseId(), review.getStage(), review.getLevel(),
					reviewer, status.getLiteral(), 1, unit, actor, at);
			if (insert.executeUpdate() != 1) {
				return OptionalLong.empty();
			}
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return OptionalLong.of(keys.getLong(1));
			}
		}
	}

	/** Saves a stored review's row at the version it was read with; false if that is no longer its version. */
	boolean update(long id, int version, String reviewer, ReviewStatus status, String unit, String actor,
			LocalDateTime at) throws SQLException {
		return nextVersion(id, version, "reviewer = ?, status = ?, unit = ?, changed_by = ?, changed_at = ?", reviewer,
				status.getLiteral(), unit, actor, at);
	}

	/** Moves only the status of a stored review at the version it was read with; false as {@link #update}. */
	boolean moveStatus(long id, int version, ReviewStatus status, String actor, LocalDateTime at) throws SQLException {
		return nextVersion(id, version, "status = ?, changed_by = ?, changed_at = ?", status.getLiteral(), actor, at);
	}

	/** The optimistic lock: sets the columns and the next version, only at the given version. */
	private boolean nextVersion(long id, int version, String assignments, Object... values) throws SQLException {
		List<Object> parameters = new ArrayList<>(Arrays.asList(values)); // values may be null
		parameters.add(id);
		parameters.add(version);
		try (PreparedStatement update = database.prepare("UPDATE review SET " + assignments
				+ ", version = version + 1 WHERE id = ? AND version = ?", parameters.toArray())) {
			return update.executeUpdate() == 1;
		}
	}

	/** Replaces the answers of a review. */
	void writeAnswers(long id, Map<String, StoredAnswer> answers) throws SQLException {
		try (PreparedStatement delete = database.prepare("DELETE FROM answer WHERE review_id = ?", id)) {
			delete.executeUpdate();
		}
		try (PreparedStatement insert = database.prepare(Table.ANSWER.insert())) {
			for (Map.Entry<String, StoredAnswer> answer : answers.entrySet()) {
				StoredAnswer a = answer.getValue();
				Database.set(insert, id, answer.getKey(), a.value(), a.comment(), a.text());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}
}
