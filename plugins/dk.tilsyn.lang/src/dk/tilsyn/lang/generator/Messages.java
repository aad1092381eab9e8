package dk.tilsyn.lang.generator;

import org.eclipse.osgi.util.NLS;

/** Why a concept plugin was not written: Danish by default (messages_da), English as the base. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.lang.generator.messages";

	public static String notAFolder;
	public static String notOurs;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
