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
	public static String duplicateLawId;
	public static String duplicateEventId;
	public static String duplicateFlagId;
	public static String duplicateThemeId;
	public static String idDeclaredInImport;
	public static String importRefusedUrl;
	public static String importRefusedOutside;
	public static String importRefusedNotTilsyn;
	public static String importNotFound;
	public static String importNotAFile;
	public static String importTooLarge;
	public static String importNotAConcept;
	public static String importEmpty;
	public static String importBinary;
	public static String importNoConcept;
	public static String importedFileHasErrors;
	public static String invalidDate;
	public static String lawValidityReversed;
	public static String nestingTooDeep;
	public static String conditionTooLong;
	public static String drawRangeReversed;
	public static String quotasExceedDraw;
	public static String duplicateLevel;
	public static String levelOutOfRange;
	public static String frameLevelMissing;
	public static String frameLevelNotEarlier;
	public static String modelWithoutLevels;
	public static String numberOutOfRange;
	public static String syntaxUnexpected;
	public static String syntaxUnexpectedNoHint;
	public static String syntaxMissing;
	public static String syntaxBadCharacter;
	public static String syntaxBadNumber;
	public static String syntaxBadValue;
	public static String syntaxEndOfFile;
	public static String syntaxOr;
	public static String kindId;
	public static String kindText;
	public static String kindNumber;
	public static String kindDate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
