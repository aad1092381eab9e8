package dk.tilsyn.cli.internal;

/** The command was called wrongly; the message says how to call it. */
final class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
