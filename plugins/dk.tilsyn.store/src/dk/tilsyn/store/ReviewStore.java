package dk.tilsyn.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.Round;
import dk.tilsyn.model.Sample;
import dk.tilsyn.store.internal.ReviewStores;

/**
 * Where cases, rounds and reviews are kept. One API over the embedded default store (an H2
 * file in the user's data folder) and, by JDBC URL ({@code jdbc:postgresql://…}), a shared
 * PostgreSQL database. Every method changes all or nothing.
 * <p>
 * A store is used as one {@link Principal}; the access rules are enforced here: a reviewer
 * sees and changes only the reviews of their level (and, at levels 1 and 2, of their unit).
 */
public interface ReviewStore extends AutoCloseable {

	/**
	 * Opens the store at a JDBC URL, creating or upgrading its tables, as an administrator
	 * named after the operating-system user; {@code null} or empty opens the embedded default
	 * store ({@link StoreLocations#defaultUrl()}).
	 */
	static ReviewStore open(String url) {
		return open(url, Principal.administrator(System.getProperty("user.name", "?")));
	}

	/** Opens the store as the given principal. */
	static ReviewStore open(String url, Principal principal) {
		return ReviewStores.open(url == null || url.isBlank() ? StoreLocations.defaultUrl() : url, principal);
	}

	/** A description of where the data is, for people (no password). */
	String location();

	/** Who uses this store. */
	Principal principal();

	// --- cases ---

	/**
	 * Stores a case population (as read and checked by the case-file reader), all or nothing.
	 * Idempotent: a case is known by its id, an event by case, name, time and value; importing
	 * the same export again changes nothing. Administrators only.
	 */
	ImportResult importCases(List<Case> cases);

	/** One case with its events, if the store has it. */
	Optional<Case> findCase(String caseId);

	/** Counts of what the store holds. */
	StoreStatus status();

	// --- rounds ---

	/** Plans a round (status planned). Administrators only. */
	void createRound(Round round);

	/** A round with its samples (units and audit records). */
	Optional<Round> round(String roundId);

	List<Round> rounds();

	/**
	 * Keeps the sample of one level with its audit record; the round becomes sampled. Refused
	 * once the round is in review at that level or closed. Administrators only.
	 */
	void saveSample(String roundId, Sample sample);

	/**
	 * Moves a round on: sampled → in review at level 1, … up to 4 (levels only go up) → closed.
	 * Administrators only.
	 */
	void advanceRound(String roundId, RoundStatusChange change);

	/** The moves of {@link #advanceRound}. */
	sealed interface RoundStatusChange {
		record StartReview(int level) implements RoundStatusChange {
		}

		record Close() implements RoundStatusChange {
		}
	}

	// --- reviews ---

	/** The review of one case stage at one level, as last saved, if the principal may see it. */
	Optional<Review> find(String conceptId, String caseId, String stage, int level);

	/** Every saved review of a concept the principal may see, ordered by case, stage and level. */
	List<Review> reviews(String conceptId);

	/** {@link #save(Review, String)} without a reason. */
	default void save(Review review) {
		save(review, null);
	}

	/**
	 * Saves a review with all its answers, or nothing; every changed answer goes into the
	 * audit trail with the reason. The review's version must be the one it was loaded with (0
	 * for a new review); otherwise someone else saved it in between and a
	 * {@link StoreConflictException} says who changed what. Status moves draft → submitted →
	 * locked (submitted may go back to draft); a locked review is refused until reopened. On
	 * success the review carries its new version.
	 */
	void save(Review review, String reason);

	/** Reopens a locked review (back to draft); the reason is required and kept in the trail. */
	void reopen(Review review, String reason);

	/** The audit trail of a review, oldest first. */
	List<AnswerChange> history(String conceptId, String caseId, String stage, int level);

	// --- moving rounds between stores ---

	/**
	 * Writes a round, its samples, the cases and events they sample, their reviews and the
	 * reviews' audit trails into one portable file (a ZIP of CSV tables). Administrators only.
	 */
	void exportRound(String roundId, Path file);

	/**
	 * Reads a file written by {@link #exportRound} into this store, all or nothing; refused
	 * when the round or one of its reviews is already here. Returns the round's id.
	 */
	String importRound(Path file);

	@Override
	void close();
}
