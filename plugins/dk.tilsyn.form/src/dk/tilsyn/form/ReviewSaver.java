package dk.tilsyn.form;

import dk.tilsyn.model.Review;

/**
 * Where a form's answers go when the reviewer saves them: the review application's store. The
 * form knows no store; a form without a saver only checks the answers (the lawyers' preview).
 */
@FunctionalInterface
public interface ReviewSaver {

	/**
	 * Keeps a review whose answers the concept accepts, and sets its new version on it.
	 *
	 * @return where it was kept, for people ("the embedded store in …"), shown in the form's
	 *         status line
	 * @throws SaveRefusedException when it is not kept, with the reason for the reviewer (a
	 *                              colleague's newer save, a locked review, no access)
	 */
	String save(Review checked) throws SaveRefusedException;
}
