package dk.tilsyn.store;

import java.util.List;
import java.util.Optional;

import dk.tilsyn.model.Review;
import dk.tilsyn.store.internal.JdbcReviewStore;

/**
 * Where reviews are kept. One API over the embedded default store (an H2 file in the user's
 * data folder) and, by JDBC URL, a shared database.
 */
public interface ReviewStore extends AutoCloseable {

	/**
	 * Opens the store at a JDBC URL, creating or upgrading its tables; {@code null} or empty
	 * opens the embedded default store ({@link StoreLocations#defaultUrl()}).
	 */
	static ReviewStore open(String url) {
		return JdbcReviewStore.open(url == null || url.isBlank() ? StoreLocations.defaultUrl() : url);
	}

	/** A description of where the data is, for people (no password). */
	String location();

	/** The review of one case stage at one level, as last saved. */
	Optional<Review> find(String conceptId, String caseId, String stage, int level);

	/** Every saved review of a concept, ordered by case, stage and level. */
	List<Review> reviews(String conceptId);

	/**
	 * Saves a review with all its answers, or nothing. The review's version must be the one it
	 * was loaded with (0 for a new review); otherwise someone else saved it in between and a
	 * {@link StoreConflictException} says who. On success the review carries its new version.
	 */
	void save(Review review);

	@Override
	void close();
}
