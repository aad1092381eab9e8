package dk.tilsyn.store.internal;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.StoreConflictException;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.internal.ReviewRows.StoredReview;

/**
 * Saving and reopening a review, each in the caller's transaction: the access rule, the
 * version the review was loaded with (a save over someone else's newer one is refused, naming
 * who changed what), the status move ({@link ReviewLifecycle}), the rows and the audit trail.
 */
final class ReviewSaves {
	/** A review as saved: its new version and status. */
	record Saved(int version, ReviewStatus status) {
	}

	private final Database database;
	private final ReviewRows rows;
	private final AuditTrail trail;
	private final CaseRecords cases;
	private final AccessPolicy access;
	private final Principal principal;

	ReviewSaves(Database database, ReviewRows rows, AuditTrail trail, CaseRecords cases, AccessPolicy access,
			Principal principal) {
		this.database = database;
		this.rows = rows;
		this.trail = trail;
		this.cases = cases;
		this.access = access;
		this.principal = principal;
	}

	/** Saves a review with its answers in the given status. */
	Saved save(Review review, String reason, ReviewStatus status) throws SQLException {
		try {
			return new Saved(write(review, reason, status), status);
		} catch (SQLException e) {
			if (lostRace(e)) {
				throw conflict(review, -1);
			}
			throw e;
		}
	}

	private int write(Review review, String reason, ReviewStatus status) throws SQLException {
		String unit = cases.unitOf(review.getCaseId());
		access.checkReview(review, unit);
		Optional<StoredReview> stored = rows.stored(review);
		if (stored.isPresent() && stored.get().version() != review.getVersion()
				|| stored.isEmpty() && review.getVersion() != 0) {
			throw conflict(review, stored.map(StoredReview::id).orElse(-1L));
		}
		ReviewStatus from = stored.map(StoredReview::status).orElse(ReviewLifecycle.START);
		ReviewLifecycle.checkSave(review, from, status);
		LocalDateTime now = now();
		String reviewer = review.getReviewer() == null ? principal.name() : review.getReviewer();
		long id;
		if (stored.isEmpty()) {
			// empty: someone else saved a first version of the same review since we looked
			id = rows.insert(review, reviewer, status, unit, actor(review), now).orElseThrow(() -> conflict(review, -1));
		} else {
			id = stored.get().id();
			if (!rows.update(id, review.getVersion(), reviewer, status, unit, actor(review), now)) {
				throw conflict(review, id);
			}
		}
		int version = review.getVersion() + 1;
		Map<String, StoredAnswer> answers = StoredAnswer.of(review);
		rows.writeAnswers(id, answers);
		trail.record(new AuditTrail.Stamp(id, version, actor(review), now, reason),
				stored.map(StoredReview::answers).orElse(Map.of()), answers, stored.isEmpty() ? null : from, status);
		return version;
	}

	/** Reopens a locked review; the reason is checked before ({@link ReviewLifecycle#checkReason}). */
	Saved reopen(Review review, String reason) throws SQLException {
		access.checkReview(review, cases.unitOf(review.getCaseId()));
		StoredReview stored = rows.stored(review).orElseThrow(
				() -> new StoreException(NLS.bind(Messages.noSuchReview, review.getCaseId(), review.getStage())));
		ReviewStatus to = ReviewLifecycle.reopened(review, stored.status());
		if (stored.version() != review.getVersion()) {
			throw conflict(review, stored.id());
		}
		LocalDateTime now = now();
		if (!rows.moveStatus(stored.id(), stored.version(), to, principal.name(), now)) {
			throw conflict(review, stored.id());
		}
		int version = stored.version() + 1;
		trail.record(new AuditTrail.Stamp(stored.id(), version, actor(review), now, reason), Map.of(), Map.of(),
				stored.status(), to);
		return new Saved(version, to);
	}

	private static LocalDateTime now() {
		return LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * Who a change is recorded for: the principal, but an administrator's store (the
	 * single-user application, which has no login yet) saves in the name of the review's reviewer.
	 */
	private String actor(Review review) {
		return principal.isAdministrator() && review.getReviewer() != null ? review.getReviewer() : principal.name();
	}

	/**
	 * The refusal of a save that would overwrite someone else's: who saved since the review was
	 * loaded, and which answers they changed. Read in a transaction of its own (the failed one
	 * is rolled back first).
	 */
	private StoreConflictException conflict(Review review, long knownId) {
		database.rollback();
		String who = "?";
		String what = "?";
		try {
			long id = knownId >= 0 ? knownId : rows.stored(review).map(StoredReview::id).orElse(-1L);
			AuditTrail.ChangesSince since = trail.changesSince(id, review.getVersion());
			if (!since.who().isEmpty()) {
				who = String.join(", ", since.who());
				what = String.join(", ",
						since.questions().stream().map(q -> q == null ? Messages.theStatus : q).distinct().toList());
			}
			database.commit();
		} catch (SQLException e) {
			database.rollback();
		}
		return new StoreConflictException(
				NLS.bind(Messages.conflict, new Object[] { review.getCaseId(), review.getStage(), who, what }));
	}

	/**
	 * A save that ran into another writer's uncommitted or just committed row: a unique key
	 * taken (23505), or H2's concurrent-update and lock-timeout errors.
	 */
	private static boolean lostRace(SQLException e) {
		return "23505".equals(e.getSQLState()) || e.getErrorCode() == org.h2.api.ErrorCode.CONCURRENT_UPDATE_1
				|| e.getErrorCode() == org.h2.api.ErrorCode.LOCK_TIMEOUT_1 || "40001".equals(e.getSQLState());
	}
}
