package dk.tilsyn.io.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.io.internal.messages";

	public static String cannotRead;
	public static String notCsv;
	public static String missingColumn;
	public static String missingValue;
	public static String badDate;
	public static String badDateNoValue;
	public static String badDateTime;
	public static String badDateTimeNoValue;
	public static String nonexistentTime;
	public static String nonexistentTimeNoValue;
	public static String ambiguousTime;
	public static String ambiguousTimeNoValue;
	public static String duplicateCase;
	public static String duplicateCaseNoValue;
	public static String unknownCase;
	public static String unknownCaseNoValue;
	public static String unknownEvent;
	public static String unknownEventNoValue;
	public static String undeclaredValue;
	public static String undeclaredValueNoValue;
	public static String notANumber;
	public static String notANumberNoValue;
	public static String noValueDeclared;
	public static String noValueDeclaredNoValue;
	public static String valueNotShown;
	public static String cprNumber;
	public static String cprNumberInHeader;
	public static String noHeader;
	public static String notXlsx;
	public static String workbookTooLarge;
	public static String fileTooLarge;
	public static String tooManyRows;
	public static String tooManyValues;
	public static String cprNumberInSheetName;
	public static String missingSheet;
	public static String unknownMappingKey;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** A size for a message: whole mebibytes as such, else in bytes. */
	static String size(long bytes) {
		long mib = 1024L * 1024;
		return bytes % mib == 0 ? bytes / mib + " MiB" : bytes + " B";
	}
}
