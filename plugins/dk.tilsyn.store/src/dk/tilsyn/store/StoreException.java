package dk.tilsyn.store;

/** The store cannot do what was asked; the message says why in the user's language. */
public class StoreException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
