package dk.tilsyn.store.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.store.internal.messages";

	public static String unsupportedUrl;
	public static String storeInUse;
	public static String cannotOpen;
	public static String cannotRead;
	public static String cannotSave;
	public static String cannotImport;
	public static String conflict;
	public static String theStatus;
	public static String administratorsOnly;
	public static String noAccess;
	public static String reviewLocked;
	public static String badStatusMove;
	public static String reopenNeedsReason;
	public static String noSuchReview;
	public static String notLocked;
	public static String roundExists;
	public static String roundChanged;
	public static String noSuchRound;
	public static String sampleClosed;
	public static String cannotStartReview;
	public static String cannotClose;
	public static String cannotWriteArchive;
	public static String notAnArchive;
	public static String reviewExists;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
