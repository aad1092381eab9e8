package dk.tilsyn.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreStatus;

/**
 * What the parts of the review application share: the store, the installed concepts, the
 * review being answered. Lives in the application's context; UI thread only.
 */
public final class ReviewSession {
	private final ReviewStore store;
	private final String storeProblem;
	private final List<InstalledConcept> concepts;
	private final List<Consumer<OpenedReview>> openListeners = new ArrayList<>();
	private final List<Runnable> savedListeners = new ArrayList<>();
	private final List<BooleanSupplier> leaveGuards = new ArrayList<>();

	/** A review opened for answering, with the concept it belongs to. */
	public record OpenedReview(InstalledConcept concept, Review review) {
	}

	/** Opens the store at {@code storeUrl} (null: the embedded default) and finds the installed concepts. */
	public ReviewSession(String storeUrl) {
		ReviewStore opened = null;
		String problem = null;
		try {
			opened = ReviewStore.open(storeUrl);
		} catch (StoreException e) {
			problem = e.getMessage();
		}
		this.store = opened;
		this.storeProblem = problem;
		this.concepts = InstalledConcepts.all();
	}

	public ReviewStore store() {
		return store;
	}

	/** Why there is no store, or null. */
	public String storeProblem() {
		return storeProblem;
	}

	/** Whether the store holds nothing yet: no case, no round, no review (a new user's first start). */
	public boolean storeIsEmpty() {
		if (store == null) {
			return false;
		}
		StoreStatus status = store.status();
		return status.cases() == 0 && status.rounds().isEmpty()
				&& status.reviews().values().stream().mapToLong(Long::longValue).sum() == 0;
	}

	public List<InstalledConcept> concepts() {
		return concepts;
	}

	/**
	 * Opens the saved review of a case stage at a level, or a new one, once the review shown now
	 * may be left (see {@link #onLeave}); returns whether it was opened.
	 */
	public boolean open(InstalledConcept concept, String caseId, String stage, int level, String reviewer) {
		if (!mayLeave()) {
			return false;
		}
		Review review = store.find(concept.id(), caseId, stage, level).orElseGet(() -> {
			Review created = ReviewFactory.eINSTANCE.createReview();
			created.setConceptId(concept.id());
			created.setCaseId(caseId);
			created.setStage(stage);
			created.setLevel(level);
			created.setStatus(ReviewStatus.DRAFT);
			return created;
		});
		review.setReviewer(reviewer);
		store.findCase(caseId).ifPresent(c -> review.getVerdicts().addAll(CaseVerdicts.asOfNow(concept, stage, c)));
		OpenedReview opened = new OpenedReview(concept, review);
		List.copyOf(openListeners).forEach(l -> l.accept(opened));
		return true;
	}

	/**
	 * Whether the review shown now may be left: every guard is asked (the form asks the
	 * supervisor about unsaved answers); false when one says no.
	 */
	public boolean mayLeave() {
		for (BooleanSupplier guard : List.copyOf(leaveGuards)) {
			if (!guard.getAsBoolean()) {
				return false;
			}
		}
		return true;
	}

	/** A guard asked before the review shown is left for another one. */
	public void onLeave(BooleanSupplier guard) {
		leaveGuards.add(guard);
	}

	public void saved() {
		List.copyOf(savedListeners).forEach(Runnable::run);
	}

	public void onOpen(Consumer<OpenedReview> listener) {
		openListeners.add(listener);
	}

	public void onSaved(Runnable listener) {
		savedListeners.add(listener);
	}

	public void close() {
		if (store != null) {
			store.close();
		}
	}
}
