package dk.tilsyn.app.internal;

import dk.tilsyn.form.ReviewSaver;
import dk.tilsyn.form.SaveRefusedException;
import dk.tilsyn.model.Review;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;

/**
 * Saves a form's review into the store; what the store refuses (a colleague's newer save, a
 * locked review, no access) is told to the reviewer in the form's status line.
 */
public final class StoreSaver implements ReviewSaver {
	private final ReviewStore store;
	private final Runnable afterSave;

	public StoreSaver(ReviewStore store) {
		this(store, () -> {
		});
	}

	/** @param afterSave run after every save the store took (the list of saved reviews follows) */
	StoreSaver(ReviewStore store, Runnable afterSave) {
		this.store = store;
		this.afterSave = afterSave;
	}

	@Override
	public String save(Review checked) throws SaveRefusedException {
		try {
			store.save(checked);
		} catch (StoreException e) {
			throw new SaveRefusedException(e.getMessage(), e);
		}
		afterSave.run();
		return store.location();
	}
}
