package dk.tilsyn.cli.internal;

/**
 * The command was called wrongly; the message says what is wrong (one line, printed escaped),
 * the usage (the command line's own text, possibly several lines) how to call it.
 */
final class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final String usage;

	UsageException(String message) {
		this(message, null);
	}

	UsageException(String message, String usage) {
		super(message);
		this.usage = usage;
	}

	/** Only the usage: the command was called without what it needs. */
	static UsageException usage(String usage) {
		return new UsageException(null, usage);
	}

	String usage() {
		return usage;
	}
}
