package dk.tilsyn.store.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.model.Round;
import dk.tilsyn.model.RoundStatus;
import dk.tilsyn.model.Sample;
import dk.tilsyn.store.AnswerChange;
import dk.tilsyn.store.ImportResult;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreStatus;

/**
 * The store over JDBC, for H2 (embedded, a file) and PostgreSQL alike: the SQL is the subset
 * H2 in PostgreSQL mode and PostgreSQL share, so both run the same statements. Each method is
 * one transaction of the {@link Database}, after the {@link AccessPolicy}'s checks; the work is
 * done by the classes of each duty (cases, rounds, reviews, the audit trail, round files).
 */
final class JdbcReviewStore implements ReviewStore {
	private final Database database;
	private final Principal principal;
	private final AccessPolicy access;
	private final CaseRecords cases;
	private final Rounds rounds;
	private final ReviewRows reviews;
	private final ReviewSaves saves;
	private final AuditTrail trail;

	JdbcReviewStore(Database database, Principal principal) {
		this.database = database;
		this.principal = principal;
		this.access = new AccessPolicy(principal);
		this.cases = new CaseRecords(database);
		this.rounds = new Rounds(database);
		this.reviews = new ReviewRows(database);
		this.trail = new AuditTrail(database);
		this.saves = new ReviewSaves(database, reviews, trail, cases, access, principal);
	}

	@Override
	public String location() {
		return database.location();
	}

	@Override
	public Principal principal() {
		return principal;
	}

	// --- cases ---

	@Override
	public ImportResult importCases(List<Case> population) {
		access.requireAdministrator();
		return database.transaction(Messages.cannotImport, () -> new CaseImport(database).run(population),
				e -> CaseImport.explain(e, population));
	}

	@Override
	public Optional<Case> findCase(String caseId) {
		return database.transaction(Messages.cannotRead, () -> cases.find(caseId, access));
	}

	@Override
	public StoreStatus status() {
		return database.transaction(Messages.cannotRead, () -> new StatusCounts(database, rounds).count());
	}

	// --- rounds ---

	@Override
	public void createRound(Round round) {
		access.requireAdministrator();
		database.run(Messages.cannotSave, () -> rounds.create(round));
		round.setStatus(RoundStatus.PLANNED);
		round.setReviewLevel(0);
		round.setVersion(1);
	}

	@Override
	public Optional<Round> round(String roundId) {
		return database.transaction(Messages.cannotRead, () -> rounds.read(roundId).stream().findFirst());
	}

	@Override
	public List<Round> rounds() {
		return database.transaction(Messages.cannotRead, () -> rounds.read(null));
	}

	@Override
	public void saveSample(String roundId, Sample sample) {
		access.requireAdministrator();
		database.run(Messages.cannotSave, () -> rounds.saveSample(roundId, sample));
	}

	@Override
	public void advanceRound(String roundId, RoundStatusChange change) {
		access.requireAdministrator();
		database.run(Messages.cannotSave, () -> rounds.advance(roundId, change));
	}

	// --- reviews ---

	@Override
	public Optional<Review> find(String conceptId, String caseId, String stage, int level) {
		return database.transaction(Messages.cannotRead,
				() -> reviews.query(access, "r.concept_id = ? AND r.case_id = ? AND r.stage = ? AND r.review_level = ?",
						conceptId, caseId, stage, level).stream().findFirst());
	}

	@Override
	public List<Review> reviews(String conceptId) {
		return database.transaction(Messages.cannotRead, () -> reviews.query(access, "r.concept_id = ?", conceptId));
	}

	@Override
	public void save(Review review, String reason) {
		ReviewStatus status = review.getStatus() == null ? ReviewStatus.DRAFT : review.getStatus();
		ReviewSaves.Saved saved = database.transaction(Messages.cannotSave, () -> saves.save(review, reason, status));
		review.setVersion(saved.version());
		review.setStatus(saved.status());
		if (review.getReviewer() == null) {
			review.setReviewer(principal.name());
		}
	}

	@Override
	public void reopen(Review review, String reason) {
		ReviewLifecycle.checkReason(reason);
		ReviewSaves.Saved saved = database.transaction(Messages.cannotSave, () -> saves.reopen(review, reason));
		review.setVersion(saved.version());
		review.setStatus(saved.status());
	}

	@Override
	public List<AnswerChange> history(String conceptId, String caseId, String stage, int level) {
		return database.transaction(Messages.cannotRead, () -> trail.history(conceptId, caseId, stage, level, access));
	}

	// --- moving rounds ---

	@Override
	public void exportRound(String roundId, Path file) {
		access.requireAdministrator();
		database.run(Messages.cannotRead, () -> {
			rounds.existing(roundId);
			RoundArchive.write(database, roundId, file);
		});
	}

	@Override
	public String importRound(Path file) {
		access.requireAdministrator();
		return database.transaction(Messages.cannotSave, () -> RoundArchive.read(database, file));
	}

	@Override
	public void close() {
		database.close();
	}
}
