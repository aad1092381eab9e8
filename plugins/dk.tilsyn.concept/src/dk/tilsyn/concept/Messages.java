package dk.tilsyn.concept;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.concept.messages";

	public static String unknownQuestion;
	public static String conditionNotMet;
	public static String wrongConcept;
	public static String contradictsDeadline;
	public static String answerYes;
	public static String answerNo;
	public static String answerNotRelevant;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
