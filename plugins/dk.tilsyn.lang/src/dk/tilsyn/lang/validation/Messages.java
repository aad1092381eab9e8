package dk.tilsyn.lang.validation;

import org.eclipse.osgi.util.NLS;

/** Diagnostics of the concept language: Danish by default (messages_da), English as the base. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.lang.validation.messages";

	public static String duplicateQuestionId;
	public static String duplicateStageId;
	public static String unresolvedReference;
	public static String syntaxError;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
