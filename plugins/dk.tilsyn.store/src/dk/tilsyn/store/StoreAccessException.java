package dk.tilsyn.store;

/** The principal may not see or change what was asked (the access rules of the store). */
public class StoreAccessException extends StoreException {
	private static final long serialVersionUID = 1L;

	public StoreAccessException(String message) {
		super(message);
	}
}
