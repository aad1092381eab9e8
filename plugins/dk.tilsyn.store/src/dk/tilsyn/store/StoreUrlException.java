package dk.tilsyn.store;

/**
 * The store URL was refused before anything was opened: not a form the store accepts, or a
 * setting or parameter that could run code, load classes or files, or change tracing. A usage
 * error: the message says what was refused and what is accepted.
 */
public class StoreUrlException extends StoreException {
	private static final long serialVersionUID = 1L;

	public StoreUrlException(String message) {
		super(message);
	}
}
