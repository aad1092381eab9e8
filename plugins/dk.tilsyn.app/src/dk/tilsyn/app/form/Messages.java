package dk.tilsyn.app.form;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.app.form.messages";

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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
