package dk.tilsyn.app.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.app.internal.messages";

	public static String concept;
	public static String stage;
	public static String caseId;
	public static String caseIdNeeded;
	public static String level;
	public static String reviewer;
	public static String open;
	public static String savedReviews;
	public static String storeAt;
	public static String noConcepts;
	public static String noReviewOpen;
	public static String emptyStore;
	public static String question;
	public static String text;
	public static String yes;
	public static String no;
	public static String notRelevant;
	public static String share;
	public static String unsavedTitle;
	public static String unsavedQuestion;
	public static String unsavedSave;
	public static String unsavedDiscard;
	public static String unsavedCancel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
