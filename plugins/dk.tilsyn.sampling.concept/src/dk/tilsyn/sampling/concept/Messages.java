package dk.tilsyn.sampling.concept;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.sampling.concept.messages";

	public static String noSuchModel;
	public static String badDate;
	public static String badWindow;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
