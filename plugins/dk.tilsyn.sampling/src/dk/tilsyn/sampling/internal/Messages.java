package dk.tilsyn.sampling.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.sampling.internal.messages";

	public static String noSuchService;
	public static String sameSampleFirst;
	public static String noLevelBelow;
	public static String auditModel;
	public static String auditService;
	public static String auditConcept;
	public static String auditAlgorithm;
	public static String auditRound;
	public static String auditSeed;
	public static String auditSeedGenerated;
	public static String auditFrame;
	public static String auditNoExclusions;
	public static String auditExclusions;
	public static String reasonFlag;
	public static String reasonAge;
	public static String reasonBirthDateUnknown;
	public static String reasonNotEldestSibling;
	public static String auditLevel;
	public static String auditSameSample;
	public static String auditStratum;
	public static String auditShortfall;
	public static String auditFills;
	public static String auditTotal;
	public static String units;
	public static String frameLevel;
	public static String framePopulation;
	public static String frameDecisions;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
