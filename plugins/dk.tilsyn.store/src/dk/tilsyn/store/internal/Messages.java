package dk.tilsyn.store.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.store.internal.messages";

	public static String unsupportedUrl;
	public static String storeInUse;
	public static String cannotOpen;
	public static String cannotRead;
	public static String cannotSave;
	public static String conflict;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
