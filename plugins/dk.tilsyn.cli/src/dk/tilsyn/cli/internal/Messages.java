package dk.tilsyn.cli.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.cli.internal.messages";

	public static String usage;
	public static String checkDeadlinesUsage;
	public static String badFormat;
	public static String badAsOf;
	public static String conceptHasErrors;
	public static String caseFilesRefused;
	public static String checkDeadlinesDone;
	public static String unknownCommand;
	public static String notYetAvailable;
	public static String unknownOption;
	public static String optionNeedsValue;
	public static String optionNotANumber;
	public static String internalError;
	public static String validateUsage;
	public static String noSuchFile;
	public static String noConceptFiles;
	public static String cannotRead;
	public static String cannotWrite;
	public static String validateSummary;
	public static String outNotOursFile;
	public static String files;
	public static String errors;
	public static String warnings;
	public static String demoUsage;
	public static String exportUsage;
	public static String generateUsage;
	public static String generated;
	public static String notGenerated;
	public static String oneConceptPerPlugin;
	public static String noConceptToGenerate;
	public static String exported;
	public static String notExported;
	public static String noSuchConcept;
	public static String conceptLacksStage;
	public static String demoPopulation;
	public static String demoSample;
	public static String demoSaved;
	public static String demoTableHeader;
	public static String demoResults;
	public static String sampleUsage;
	public static String optionMissing;
	public static String badDate;
	public static String periodBackwards;
	public static String noSuchModel;
	public static String noSuchConceptOrFile;
	public static String auditWritten;
	public static String sampleStored;

	public static String importUsage;
	public static String importNeedsEvents;
	public static String importRefused;
	public static String importDone;
	public static String statusUsage;
	public static String statusStore;
	public static String statusReviews;
	public static String statusNoRounds;
	public static String statusRound;

	public static String optionGivenTwice;
	public static String internalErrorNotLogged;
	public static String outHoldsCurrentFolder;
	public static String outIsAFile;
	public static String outNotOurs;
	public static String cannotWriteFolder;
	public static String accessDenied;
	public static String folderMissing;
	public static String outIsAFolder;
	public static String outFolderMissing;
	public static String outIsAnInput;
	public static String lspNotAHeader;
	public static String lspBadLength;
	public static String lspNoLength;
	public static String lspTruncated;
	public static String lspNotJson;
	public static String syntheticCases;
	public static String units;
	public static String reviews;
	public static String problems;
	public static String cases;
	public static String events;
	public static String newCases;
	public static String changedCases;
	public static String newEvents;
	public static String deadlineRules;
	public static String inputIsAFolder;
	public static String inputNotAFile;
	public static String sampleRefused;
	public static String lspUsage;
	public static String fileInTheWay;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
