package dk.tilsyn.lang.validation;

import org.eclipse.osgi.util.NLS;

/** Diagnostics of the concept language: Danish by default (messages_da), English as the base. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.lang.validation.messages";

	public static String duplicateQuestionId;
	public static String duplicateStageId;
	public static String unresolvedReference;
	public static String syntaxError;
	public static String duplicateRuleId;
	public static String duplicateModelId;
	public static String duplicateQuestionText;
	public static String conditionOnItself;
	public static String conditionOnLaterQuestion;
	public static String conditionCycle;
	public static String compareYesNo;
	public static String compareOrderNotNumber;
	public static String compareNumber;
	public static String compareChoice;
	public static String compareText;
	public static String unknownOption;
	public static String eventHasNoValue;
	public static String unsatisfiable;
	public static String missingRounding;
	public static String wrongPrecision;
	public static String lawVersionsOverlap;
	public static String lawVersionsGap;
	public static String levelExceedsFrame;
	public static String subQuotaExceedsQuota;
	public static String previousNotFound;
	public static String textChangedSincePrevious;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
