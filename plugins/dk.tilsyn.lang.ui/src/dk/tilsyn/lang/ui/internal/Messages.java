package dk.tilsyn.lang.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.lang.ui.internal.messages";

	public static String previewNoEditor;
	public static String previewLibrary;
	public static String previewNoStages;
	public static String previewStage;
	public static String previewAge;
	public static String previewAgeUnknown;
	public static String previewFlags;
	public static String previewHeader;
	public static String previewStale;
	public static String previewSyntaxErrors;
	public static String generateTitle;
	public static String generateNoEditor;
	public static String generateErrors;
	public static String generateLibrary;
	public static String generateDone;
	public static String generateFailed;
	public static String generateSaveFirst;
	public static String wizardTitle;
	public static String wizardPageTitle;
	public static String wizardPageDescription;
	public static String wizardProject;
	public static String wizardFile;
	public static String wizardId;
	public static String wizardConceptTitle;
	public static String wizardNoProject;
	public static String wizardBadProject;
	public static String wizardBadFile;
	public static String wizardFileExists;
	public static String wizardBadId;
	public static String wizardNoTitle;
	public static String wizardFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
