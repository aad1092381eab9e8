package dk.tilsyn.store;

/** A save was refused because someone else saved the same review after it was loaded. */
public class StoreConflictException extends StoreException {
	private static final long serialVersionUID = 1L;

	public StoreConflictException(String message) {
		super(message);
	}
}
