package dk.tilsyn.sampling;

/** A model cannot be drawn as declared (e.g. its service is not installed); the message says why. */
public class SamplingException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public SamplingException(String message) {
		super(message);
	}
}
