package dk.tilsyn.lang.ide.quickfix;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.lang.ide.quickfix.messages";

	public static String addRoundingDown;
	public static String declareEvent;
	public static String renameDuplicate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
