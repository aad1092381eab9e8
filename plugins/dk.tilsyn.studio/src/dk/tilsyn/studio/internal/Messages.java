package dk.tilsyn.studio.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dk.tilsyn.studio.internal.messages";

	public static String conceptFolders;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
