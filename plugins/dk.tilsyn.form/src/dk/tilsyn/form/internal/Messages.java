package dk.tilsyn.form.internal;

import org.eclipse.osgi.util.NLS;

/** The form's texts: messages_da.properties (Danish, the default) and messages.properties (English). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.form.internal.messages";

	public static String header;
	public static String save;
	public static String check;
	public static String checked;
	public static String saved;
	public static String yes;
	public static String no;
	public static String notRelevant;
	public static String askedOnlyWhen;
	public static String numberHint;
	public static String dateHint;
	public static String notANumber;
	public static String notADate;
	public static String deadline;
	public static String deadlineWithLaw;
	public static String deadlineDue;
	public static String deadlineProposes;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
