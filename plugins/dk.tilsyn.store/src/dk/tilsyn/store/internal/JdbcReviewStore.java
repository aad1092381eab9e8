package dk.tilsyn.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreConflictException;
import dk.tilsyn.store.StoreException;

/**
 * The store over JDBC. The SQL is the subset H2 (in PostgreSQL mode) and PostgreSQL share, so
 * both run the same statements.
 */
public final class JdbcReviewStore implements ReviewStore {
	private static final String H2_PREFIX = "jdbc:h2:file:";
	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private final Connection connection;
	private final String location;

	private JdbcReviewStore(Connection connection, String location) {
		this.connection = connection;
		this.location = location;
	}

	public static JdbcReviewStore open(String url) {
		if (!url.startsWith(H2_PREFIX)) {
			throw new StoreException(NLS.bind(Messages.unsupportedUrl, url));
		}
		Path file = Path.of(url.substring(H2_PREFIX.length()).split(";", 2)[0]);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Connection connection = new org.h2.Driver().connect(url + H2_OPTIONS, new Properties());
			connection.setAutoCommit(false);
			JdbcReviewStore store = new JdbcReviewStore(connection, file + ".mv.db");
			Schema.migrate(connection);
			return store;
		} catch (SQLException e) {
			if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
				throw new StoreException(NLS.bind(Messages.storeInUse, file + ".mv.db"), e);
			}
			throw new StoreException(NLS.bind(Messages.cannotOpen, file + ".mv.db", e.getMessage()), e);
		} catch (java.io.IOException e) {
			throw new StoreException(NLS.bind(Messages.cannotOpen, file, e.getMessage()), e);
		}
	}

	@Override
	public String location() {
		return location;
	}

	@Override
	public synchronized Optional<Review> find(String conceptId, String caseId, String stage, int level) {
		List<Review> found = query("WHERE r.concept_id = ? AND r.case_id = ? AND r.stage = ? AND r.review_level = ?",
				conceptId, caseId, stage, level);
		return found.stream().findFirst();
	}

	@Override
	public synchronized List<Review> reviews(String conceptId) {
		return query("WHERE r.concept_id = ?", conceptId);
	}

	private List<Review> query(String where, Object... parameters) {
		String sql = "SELECT r.id, r.concept_id, r.case_id, r.stage, r.review_level, r.reviewer, r.status, r.version,"
				+ " a.question_id, a.answer_value, a.comment_text, a.answer_text FROM review r"
				+ " LEFT JOIN answer a ON a.review_id = r.id "
				+ where + " ORDER BY r.case_id, r.stage, r.review_level, a.question_id";
		Map<Long, Review> reviews = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					Review review = reviews.computeIfAbsent(rows.getLong(1), id -> readReview(rows));
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
			connection.commit();
		} catch (SQLException e) {
			rollback();
			throw new StoreException(NLS.bind(Messages.cannotRead, location, e.getMessage()), e);
		}
		return new ArrayList<>(reviews.values());
	}

	private static Review readReview(ResultSet rows) {
		try {
			Review review = ReviewFactory.eINSTANCE.createReview();
			review.setConceptId(rows.getString(2));
			review.setCaseId(rows.getString(3));
			review.setStage(rows.getString(4));
			review.setLevel(rows.getInt(5));
			review.setReviewer(rows.getString(6));
			review.setStatus(ReviewStatus.get(rows.getString(7)));
			review.setVersion(rows.getInt(8));
			return review;
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public synchronized void save(Review review) {
		try {
			long id = review.getVersion() == 0 ? insert(review) : update(review);
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM answer WHERE review_id = ?")) {
				delete.setLong(1, id);
				delete.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO answer (review_id, question_id, answer_value, comment_text, answer_text)"
							+ " VALUES (?, ?, ?, ?, ?)")) {
				for (Answer answer : review.getAnswers()) {
					if (!answer.isSetValue() && answer.getText() == null
							&& (answer.getComment() == null || answer.getComment().isEmpty())) {
						continue;
					}
					insert.setLong(1, id);
					insert.setString(2, answer.getQuestionId());
					insert.setString(3, answer.isSetValue() ? answer.getValue().getLiteral() : null);
					insert.setString(4, answer.getComment());
					insert.setString(5, answer.getText());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			connection.commit();
			review.setVersion(review.getVersion() + 1);
		} catch (SQLException e) {
			rollback();
			throw new StoreException(NLS.bind(Messages.cannotSave, location, e.getMessage()), e);
		} catch (StoreException e) {
			rollback();
			throw e;
		}
	}

	private long insert(Review review) throws SQLException {
		if (find(review.getConceptId(), review.getCaseId(), review.getStage(), review.getLevel()).isPresent()) {
			throw conflict(review);
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO review (concept_id, case_id, stage, review_level, reviewer, status, version)"
						+ " VALUES (?, ?, ?, ?, ?, ?, 1)",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, review.getConceptId());
			insert.setString(2, review.getCaseId());
			insert.setString(3, review.getStage());
			insert.setInt(4, review.getLevel());
			insert.setString(5, review.getReviewer());
			insert.setString(6, statusOf(review).getLiteral());
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	private long update(Review review) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE review SET reviewer = ?, status = ?, version = version + 1 WHERE concept_id = ? AND case_id = ?"
						+ " AND stage = ? AND review_level = ? AND version = ?")) {
			update.setString(1, review.getReviewer());
			update.setString(2, statusOf(review).getLiteral());
			update.setString(3, review.getConceptId());
			update.setString(4, review.getCaseId());
			update.setString(5, review.getStage());
			update.setInt(6, review.getLevel());
			update.setInt(7, review.getVersion());
			if (update.executeUpdate() != 1) {
				throw conflict(review);
			}
		}
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id FROM review WHERE concept_id = ? AND case_id = ? AND stage = ? AND review_level = ?")) {
			select.setString(1, review.getConceptId());
			select.setString(2, review.getCaseId());
			select.setString(3, review.getStage());
			select.setInt(4, review.getLevel());
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private StoreConflictException conflict(Review review) {
		String by = find(review.getConceptId(), review.getCaseId(), review.getStage(), review.getLevel())
				.map(Review::getReviewer).orElse("?");
		return new StoreConflictException(NLS.bind(Messages.conflict,
				new Object[] { review.getCaseId(), review.getStage(), by }));
	}

	private static ReviewStatus statusOf(Review review) {
		return review.getStatus() == null ? ReviewStatus.DRAFT : review.getStatus();
	}

	private void rollback() {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is broken; the original failure is what the user must see
		}
	}

	@Override
	public synchronized void close() {
		try {
			connection.close();
		} catch (SQLException e) {
			throw new StoreException(NLS.bind(Messages.cannotSave, location, e.getMessage()), e);
		}
	}
}
