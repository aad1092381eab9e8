package dk.tilsyn.editor.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.editor.internal.messages";

	public static String location;
	public static String formatSyntaxErrors;
	public static String renameTitle;
	public static String renameNothing;
	public static String renamePrompt;
	public static String renameEmpty;
	public static String renameInvalid;
	public static String renameChanged;
	public static String referencesNone;
	public static String referencesSummary;
	public static String referencesFile;
	public static String referencesLine;
	public static String referencesText;
	public static String referencesDeclaration;
	public static String checkingFiles;
	public static String checkFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
