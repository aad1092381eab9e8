package dk.tilsyn.store.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.store.StoreException;

/**
 * The statuses a review moves through, as one table: draft → submitted → locked, submitted
 * back to draft, and locked back to draft only by reopening, which needs a reason. Saving in
 * the same status is a move too. A new review starts from draft.
 */
final class ReviewLifecycle {
	/** How a review is moved: by saving it, or by reopening it. */
	enum By {
		SAVE, REOPEN
	}

	private record Move(ReviewStatus from, ReviewStatus to, By by) {
	}

	private static final List<Move> MOVES = List.of( //
			new Move(ReviewStatus.DRAFT, ReviewStatus.DRAFT, By.SAVE),
			new Move(ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, By.SAVE),
			new Move(ReviewStatus.SUBMITTED, ReviewStatus.SUBMITTED, By.SAVE),
			new Move(ReviewStatus.SUBMITTED, ReviewStatus.DRAFT, By.SAVE),
			new Move(ReviewStatus.SUBMITTED, ReviewStatus.LOCKED, By.SAVE),
			new Move(ReviewStatus.LOCKED, ReviewStatus.DRAFT, By.REOPEN));

	/** Where a review that is not stored yet starts. */
	static final ReviewStatus START = ReviewStatus.DRAFT;

	private ReviewLifecycle() {
	}

	/** Refuses a save from a status no save leaves (locked), or a move the table does not have. */
	static void checkSave(Review review, ReviewStatus from, ReviewStatus to) {
		if (MOVES.stream().noneMatch(m -> m.from() == from && m.by() == By.SAVE)) {
			throw new StoreException(NLS.bind(Messages.reviewLocked, review.getCaseId(), review.getStage()));
		}
		if (!MOVES.contains(new Move(from, to, By.SAVE))) {
			throw new StoreException(NLS.bind(Messages.badStatusMove, from.getLiteral(), to.getLiteral()));
		}
	}

	/** Refuses a reopening without a reason. */
	static void checkReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new StoreException(Messages.reopenNeedsReason);
		}
	}

	/** The status a reopened review gets; refused when nothing reopens a review in status from. */
	static ReviewStatus reopened(Review review, ReviewStatus from) {
		return MOVES.stream().filter(m -> m.from() == from && m.by() == By.REOPEN).map(Move::to).findFirst()
				.orElseThrow(() -> new StoreException(NLS.bind(Messages.notLocked, review.getCaseId(), review.getStage())));
	}
}
