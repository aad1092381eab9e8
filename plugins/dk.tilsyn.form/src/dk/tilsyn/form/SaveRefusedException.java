package dk.tilsyn.form;

/** A save the saver refused; the message is shown to the reviewer as it is. */
public class SaveRefusedException extends Exception {
	private static final long serialVersionUID = 1L;

	public SaveRefusedException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
