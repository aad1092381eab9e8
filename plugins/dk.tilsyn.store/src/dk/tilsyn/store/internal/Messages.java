package dk.tilsyn.store.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.store.internal.messages";

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
	public static String urlNotAccepted;
	public static String h2SettingRefused;
	public static String pgParameterRefused;
	public static String pgTimeoutRefused;
	public static String reasonConnection;
	public static String reasonNoAnswer;
	public static String reasonCanceled;
	public static String reasonTooLong;
	public static String reasonData;
	public static String reasonConstraint;
	public static String reasonConcurrent;
	public static String reasonResources;
	public static String reasonLogin;
	public static String reasonNoDatabase;
	public static String reasonPermission;
	public static String reasonFile;
	public static String reasonDamaged;
	public static String reasonOther;
	public static String reasonTable;
	public static String reasonColumn;
	public static String reasonTooLongAt;
	public static String reasonEventTooLongAt;
	public static String reasonMissingAt;
	public static String reasonEventMissingAt;
	public static String archiveBadHeader;
	public static String archiveUnknownColumn;
	public static String archiveMissingColumn;
	public static String archiveBadRow;
	public static String archiveBadValue;
	public static String archiveRowRefused;
	public static String archiveUnknownReview;
	public static String typeDate;
	public static String typeTime;
	public static String typeTimestamp;
	public static String typeNumber;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
